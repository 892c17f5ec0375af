import { useEffect, useRef, useState } from "preact/hooks";
import { api, errorText, type Session, type TFunction } from "../api";

/** The login form; `expired`: shown over a page whose session ended (that page stays as it was underneath). */
export function Login({ t, onDone, expired = false }: { t: TFunction; onDone: (s: Session) => void; expired?: boolean }) {
  const [token, setToken] = useState("");
  const [error, setError] = useState("");
  const field = useRef<HTMLInputElement>(null);
  // Over a page whose session ended, the token field takes the keyboard (the page under it is inert,
  // so the field the person was typing in lost it; the autofocus attribute acts only as a page loads).
  useEffect(() => { if (expired) field.current?.focus(); }, []);
  async function submit(e: Event) {
    e.preventDefault();
    try {
      const r = await api<{ user: Session["user"]; may: string[] }>("POST", "/api/login", { token: token.trim() });
      onDone({ user: r.user, loginRequired: true, may: r.may });
    } catch (err) { setError(errorText(t, err)); }
  }
  return (
    <main class={expired ? "login relogin" : "login"}>
      <h1>{t("web.login.heading")}</h1>
      {expired && <p class="error" role="alert" data-testid="session-ended">{t("web.login.expired")}</p>}
      <form onSubmit={(e) => void submit(e)}>
        <label>{t("web.login.token")} <input ref={field} type="password" autocomplete="off" value={token} onInput={(e) => setToken((e.target as HTMLInputElement).value)} data-testid="token" /></label>
        <button type="submit">{t("web.login.submit")}</button>
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      <p class="hint" data-testid="login-hint">{t("web.login.hint")} <code>{t("web.login.hint-command")}</code></p>
    </main>
  );
}
