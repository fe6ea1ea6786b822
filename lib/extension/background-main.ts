export function startBackground(): void {
  // Filled in by the background feature (tab findings and badge).
}
