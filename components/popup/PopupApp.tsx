export function PopupApp() {
  return (
    <main>
      <h1>Countersignal</h1>
    </main>
  );
}
