import type { Paper } from './schema';

/** The paper itself, for the popup's overview and the `the-paper` popover. */
export const PAPER: Paper = {
  title: '2028: Two scenarios for global AI leadership',
  publisher: 'Anthropic (institutional; no single named author)',
  date: '14 May 2026',
  isoDate: '2026-05-14',
  url: 'https://www.anthropic.com/research/2028-ai-leadership',
  thesis: [
    'The paper treats the race for AI leadership as "in large part a race for compute".',
    'It calls access to the chips models are trained on "the most important ingredient for developing AI".',
    'It says "the compute gap appears to be widening", and argues that an edge in compute compounds into an edge in algorithms.',
  ],
  scenarios: [
    {
      name: 'Scenario One: a democratic lead',
      text: 'By 2028 US models are 12-24 months ahead and pulling away; Chinese labs cannot reach step-function advances until 2029 or 2030. It depends on tighter export controls, disrupted distillation and faster adoption by democracies.',
    },
    {
      name: 'Scenario Two: near-parity',
      text: 'Models from PRC labs trail US models by only a few months, reaching near-frontier through distillation attacks, compute abroad and weak enforcement on chipmaking equipment; authoritarian regimes shape AI norms.',
    },
  ],
  fronts: [
    { name: 'Intelligence', text: 'Model capability; the paper ranks it most important.' },
    { name: 'Domestic adoption', text: 'How fast each side puts AI to use at home.' },
    { name: 'Global distribution', text: 'Whose hardware and models the rest of the world adopts.' },
    {
      name: 'Resilience',
      text: 'Staying robust under pressure. The paper notes that deploying slightly weaker models faster can offset part of a capability gap.',
    },
  ],
  asks: [
    {
      name: 'Close loopholes',
      text: 'Smuggled chips, access to foreign data centers, exports of chipmaking equipment (SME), and enforcement budgets.',
    },
    {
      name: 'Defend innovations',
      text: 'Restrict model access, deter and punish distillation, and share threat intelligence between labs and government.',
    },
    { name: 'Export American AI', text: 'Promote worldwide adoption of US hardware and models.' },
  ],
  framing: [
    { text: 'The two scenarios are thought experiments, not predictions.', source: 'coverage-may-2026' },
    {
      text: "The paper mixes facts, outside citations and Anthropic's own interpretation: it is a policy essay with an explicit point of view.",
      source: 'coverage-may-2026',
    },
  ],
  interestedParty: [
    {
      text: 'Anthropic had lined up roughly 10 GW of compute deals and was reported to be mid-way through a ~$30B funding round.',
      source: 'coverage-may-2026',
    },
    { text: 'Anthropic had lost a ~$200M US Department of Defense deal after a dispute.', source: 'coverage-may-2026' },
    {
      text: "On the day it was published, NVIDIA's CEO Jensen Huang was in Beijing with President Trump, arguing for selling chips to China.",
      source: 'register-type0',
    },
  ],
  misstatements: [
    'One explainer dated the essay to "early 2025"; it was published on 14 May 2026.',
    'Some coverage calls it "Two Scenarios for Global AI Dominance".',
  ],
};
