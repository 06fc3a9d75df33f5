/** Shown instead of the app when the shell's API is missing or incompatible. */
export function BridgeErrorScreen({
  message,
  missing,
}: {
  readonly message: string;
  readonly missing: readonly string[];
}) {
  return (
    <main className="bridge-error">
      <h1>Privacy Control Center cannot start</h1>
      <div className="banner banner-danger" role="alert">
        <p>{message}</p>
      </div>
      {missing.length > 0 ? (
        <details>
          <summary>Missing functions ({missing.length})</summary>
          <ul>
            {missing.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p>Restart the app; if this persists, reinstall it.</p>
    </main>
  );
}
