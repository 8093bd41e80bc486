/**
 * The administrator's GUI session: logged in (the app) or logged out (the login page). On the
 * appliance, pending changes belong to the session, so logging out discards them (reference §1.2);
 * committed configuration stays.
 */
import { createContext } from 'svelte';

/** Who is logged in, if anyone. */
export class Session {
  /** The administrator's user name; null while logged out. */
  user = $state<string | null>('admin');
  /** How many uncommitted changes the last logout discarded (shown on the login page). */
  discarded = $state(0);
  readonly loggedIn = $derived(this.user !== null);

  /** Ends the session; `discarded` is what it lost. */
  logOut(discarded: number): void {
    this.discarded = discarded;
    this.user = null;
  }

  /** Starts a new session. */
  logIn(user: string): void {
    this.user = user;
  }
}

export const [getSession, setSession] = createContext<Session>();
