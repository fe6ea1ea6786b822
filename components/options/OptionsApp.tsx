export function OptionsApp() {
  return (
    <main>
      <h1>Countersignal settings</h1>
    </main>
  );
}
