import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendToTab, type ShowClaimResult } from '@/lib/extension/messages';
import { targetTabId } from '@/lib/extension/target-tab';
import { LanguageProvider, useI18n } from '../shared/i18n';
import '../shared/ui.css';
import { useUiLanguage } from '../shared/use-ui-language';
import './popup.css';
import { ClaimCard } from './ClaimCard';
import { ClaimSearch } from './ClaimSearch';
import { FindingsList } from './FindingsList';
import { PaperOverview } from './PaperOverview';
import { SiteSwitch } from './SiteSwitch';
import { useTabReport, type TabState } from './use-tab-report';

const params = new URLSearchParams(location.search);
const asPage = params.has('tabId') || params.has('claim');

function PageStatus({ state, onShow, onOpen }: { state: TabState; onShow(id: string): void; onOpen(id: string): void }) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'loading':
      return <p className="muted" role="status">{t('popupReading')}</p>;
    case 'no-tab':
      return <p className="muted" role="status">{t('popupNoTab')}</p>;
    case 'unsupported':
      return (
        <p className="muted" role="status">
          {t('popupUnsupportedPage')}
        </p>
      );
    case 'report': {
      const { report } = state;
      return (
        <>
          <SiteSwitch host={report.host} />
          {report.status === 'disabled' && (
            <p className="muted" role="status">
              {t('popupSwitchedOff', report.host)}
            </p>
          )}
          {report.status === 'unsupported' && <p role="status">{t('popupNoHighlightApi')}</p>}
          {report.status === 'not-relevant' && (
            <p className="muted" role="status">
              {t('popupNotRelevant')}
            </p>
          )}
          {report.status === 'scanned' && report.claims.length === 0 && (
            <p className="muted" role="status">{t('popupNothingFound')}</p>
          )}
          {report.status === 'scanned' && report.claims.length > 0 && (
            <>
              <h2>{t('popupOnThisPage', report.claims.length)}</h2>
              <FindingsList findings={report.claims} onShow={onShow} onOpen={onOpen} />
            </>
          )}
        </>
      );
    }
  }
}

export function PopupApp() {
  const lang = useUiLanguage();
  if (!lang) return null;
  return (
    <LanguageProvider lang={lang}>
      <PopupBody />
    </LanguageProvider>
  );
}

function PopupBody() {
  const { t, rich } = useI18n();
  // A claim opened on its own (from a card's "full summary") describes no tab.
  const [tabId, setTabId] = useState<number | null | undefined>(params.has('claim') && !params.has('tabId') ? null : undefined);
  const state = useTabReport(tabId);
  const [openClaim, setOpenClaim] = useState<string | null>(params.get('claim'));
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === undefined) void targetTabId().then(setTabId);
  }, [tabId]);

  const showOnPage = async (claimId: string) => {
    if (tabId == null) return;
    const result = await sendToTab<ShowClaimResult>(tabId, { type: 'show-claim', claimId });
    if (!result?.shown) {
      setNotice(t('popupMentionGone'));
      return;
    }
    if (asPage) await browser.tabs.update(tabId, { active: true });
    else window.close();
  };

  return (
    <main className={asPage ? 'as-page' : 'as-popup'}>
      <header className="popup-header">
        <h1>Countersignal</h1>
        {!asPage && tabId != null && (
          <a href={browser.runtime.getURL(`/popup.html?tabId=${tabId}`)} target="_blank" rel="noopener">
            {t('popupOpenInTab')}
          </a>
        )}
      </header>
      {openClaim ? (
        <ClaimCard claimId={openClaim} onBack={() => setOpenClaim(null)} />
      ) : (
        <>
          {tabId !== null && <PageStatus state={state} onShow={(id) => void showOnPage(id)} onOpen={setOpenClaim} />}
          {notice && (
            <p className="error" role="alert">
              {notice}
            </p>
          )}
          <ClaimSearch onOpen={setOpenClaim} />
          <PaperOverview />
        </>
      )}
      <footer className="muted popup-footer">
        {rich('popupFooter', [
          <>
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd>/<kbd>←</kbd>
          </>,
        ])}{' '}
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupSettings')}
        </button>
      </footer>
    </main>
  );
}
