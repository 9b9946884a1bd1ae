import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../apollo/errors';
import { adoptUser, cacheOwner } from '../../apollo/persist';
import { prerenderedFocus, prerenderedValue } from '../../app/prerendered-shell';
import { formatInstant } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { usePhoneHoldings, useUnsentOfLastUser } from '../../offline/phone-holdings';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { PasswordField, VERBATIM } from '../../ui/PasswordField';
import { TextField } from '../../ui/TextField';
import { useField } from '../../ui/useField';
import { meQuery, signInMutation } from './operations';

let persistenceAsked = false;

/** Asks the browser to keep this site's storage (Safari may otherwise drop IndexedDB after 7 days). */
function askPersistentStorage() {
  if (persistenceAsked) return;
  persistenceAsked = true;
  navigator.storage?.persist?.().catch(() => undefined);
}

export function SignInScreen() {
  const { t, language } = useI18n();
  // What was typed into the prerendered form before the app arrived (app/prerendered-shell.ts).
  const username = useField(() => prerenderedValue('username'));
  const password = useField(() => prerenderedValue('password'));
  const [problem, setProblem] = useState<string | null>(null);
  const client = useApolloClient();
  const unsent = useUnsentOfLastUser();
  // Everyone else's unsent work on this phone (the last user's is said just above, when their session ended).
  const holdings = usePhoneHoldings().filter((holding) => unsent === 0 || holding.userId !== cacheOwner());
  const [signIn, { loading }] = useMutation(signInMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.value.trim() || !password.value) {
      setProblem(t('auth.required'));
      return;
    }
    setProblem(null);
    try {
      const { data } = await signIn({
        variables: { input: { username: username.value.trim(), password: password.value } },
      });
      if (data) {
        // Another person's data never stays in memory under the new user.
        await adoptUser(client, data.signIn.id);
        client.cache.writeQuery({ query: meQuery, data: { me: data.signIn } });
      }
      askPersistentStorage();
    } catch (error) {
      setProblem(describeError(error, language).message ?? t('common.networkError'));
    }
  }

  return (
    <div className="sign-in">
      <div className="sign-in-brand">
        <img src="/icon-192.png" alt="" width={72} height={72} />
        <div>
          <p className="sign-in-app">{t('app.name')}</p>
          <p className="sign-in-tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <form className="card stack" onSubmit={submit} noValidate>
        <h1>{t('auth.signInTitle')}</h1>
        {unsent > 0 && (
          <Banner tone="warning">
            <span data-testid="sign-in-unsent">{t('sync.signInToSend', { count: unsent })}</span>
          </Banner>
        )}
        {holdings.length > 0 && (
          <Banner tone="warning">
            <ul className="sign-in-holdings">
              {holdings.map((holding) => {
                const at = holding.oldestAt ?? '';
                const params = {
                  count: holding.count,
                  name: holding.name ?? '',
                  time: formatInstant(at, { withTime: true }).slice(11),
                  date: formatInstant(at),
                };
                return (
                  <li key={holding.userId} data-testid="sign-in-holding">
                    {t(holding.name ? 'sync.phoneHolds' : 'sync.phoneHoldsUnnamed', params)}
                  </li>
                );
              })}
            </ul>
            <span>{t('sync.phoneHoldsHint')}</span>
          </Banner>
        )}
        {problem && <Banner tone="error">{problem}</Banner>}
        <TextField
          label={t('auth.username')}
          {...username}
          name="username"
          autoComplete="username"
          {...VERBATIM}
          required
          autoFocus={prerenderedFocus('username')}
        />
        <PasswordField
          label={t('auth.password')}
          {...password}
          name="password"
          autoComplete="current-password"
          autoFocus={prerenderedFocus('password')}
        />
        <Button type="submit" block disabled={loading}>
          {loading ? t('auth.signingIn') : t('auth.signIn')}
        </Button>
      </form>
    </div>
  );
}
