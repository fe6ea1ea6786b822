/**
 * Short names for the claim ids the matcher case tables expect, as a mention lists them ("span|verdict|claim ids",
 * several ids joined by a space), shared by the English, Chinese and Japanese tables.
 */
export const H = 'huawei-compute-share';
export const D = 'deepseek-r1-0528-jailbreak';
export const DA = 'deepseek-r1-0528-jailbreak distillation-attacks';
export const X = 'us-compute-ratio-11x';
export const S = 'supermicro-diversion';
export const L = 'chinese-labs-safety-evals';
export const V = 'remote-access-bill-vote';
export const M = 'mythos-firefox';
export const DIST = 'distillation-attacks';
export const S1 = 'scenario-one-lead';
export const S2 = 'scenario-two-parity';
export const O = 'overseas-datacenters';
/** Kimi K2.5 names both its CBRN claim and the distillation campaigns. */
export const K = 'kimi-k25-cbrn distillation-attacks';
export const P = 'the-paper';
export const CUR = 'us-lead-current';
export const ASK = 'policy-asks';
export const F4 = 'four-fronts';
export const OW = 'open-weights-liability';
/** CAISI (NIST's evaluator) names the jailbreak claim only. */
export const CAISI = 'deepseek-r1-0528-jailbreak';
/** Remote access names the loophole and the bill that would close it. */
export const RA = 'overseas-datacenters remote-access-bill-vote';
