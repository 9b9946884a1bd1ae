import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * One process at a time on an embedded PGlite folder: two PGlite instances writing the same files
 * corrupt them, and PGlite (unlike a PostgreSQL server) has no postmaster.pid of its own to refuse a
 * second one. The lock is a file created exclusively (O_EXCL) holding the owner's pid, host and start
 * time; it is removed when the owner closes the database. A process killed without closing leaves the
 * file, and the next one takes it over as soon as it sees that pid is no longer alive (or is another
 * program that started later): a crash never blocks a restart.
 *
 * Why not proper-lockfile: its staleness is an mtime the owner refreshes on a timer, and PGlite runs its
 * queries synchronously in WASM on the event loop, so a long query can starve the refresh and let a
 * second process take a lock that is still held. Liveness of the owner's pid does not depend on timers.
 * The folder is on a local disk (PGlite cannot share it over a network), so the pid is meaningful.
 */
export class DataFolderInUseError extends Error {
  readonly code = 'DATA_FOLDER_IN_USE';

  constructor(
    readonly lockFile: string,
    readonly owner: LockOwner,
  ) {
    super(
      `Thư mục dữ liệu PGlite đang được một tiến trình khác dùng (pid ${owner.pid} trên máy ${owner.host}, từ ${owner.startedAt}). ` +
        'Hãy dừng máy chủ Kỷ cương trước khi chạy lệnh này hoặc mở máy chủ thứ hai; hai tiến trình cùng mở một thư mục PGlite sẽ làm hỏng dữ liệu. ' +
        `(The PGlite data folder is in use by pid ${owner.pid}; stop it first. Lock file: ${lockFile})`,
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** The owner's start time as the kernel counts it (Linux), to tell a reused pid from the owner. */
  processStart: string | null;
}

export interface DataFolderLock {
  release(): void;
}

/** Lock files this process holds: a second open of the same folder in one process is refused too. */
const held = new Set<string>();

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot), or null where there is no /proc. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // Not held by this process (checked before): this pid is a previous life's, e.g. pid 1 in a container.
  if (owner.pid === process.pid || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    // EPERM: the pid exists but belongs to another user; only ESRCH means it is gone.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The pid is taken: by the owner, unless it is a later process that reused the number.
  const now = processStart(owner.pid);
  return owner.processStart === null || now === null || now === owner.processStart;
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // A file cut short by a crash while it was being written: nobody holds it.
    return { pid: -1, host: hostname(), startedAt: '?', processStart: null };
  }
}

/**
 * Takes the lock file for a PGlite folder, or throws DataFolderInUseError naming the process that holds
 * it. Release it after the database is closed.
 */
export function lockDataFolder(lockFile: string): DataFolderLock {
  const me: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    processStart: processStart(process.pid),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (held.has(lockFile)) throw new DataFolderInUseError(lockFile, me);
    try {
      writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
      held.add(lockFile);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          held.delete(lockFile);
          rmSync(lockFile, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readOwner(lockFile);
    if (!owner) continue; // released meanwhile: try again
    if (owner.host !== me.host || isAlive(owner)) throw new DataFolderInUseError(lockFile, owner);
    // Stale. Move it aside atomically, so that of two processes finding it stale only one removes it;
    // if what was moved is not the file judged stale (taken over meanwhile), put it back.
    const aside = `${lockFile}.stale-${process.pid}`;
    try {
      renameSync(lockFile, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const moved = readOwner(aside);
    if (moved && JSON.stringify(moved) !== JSON.stringify(owner)) {
      // link, not rename: never overwrite a lock file created meanwhile.
      linkSync(aside, lockFile);
      rmSync(aside, { force: true });
      throw new DataFolderInUseError(lockFile, moved);
    }
    rmSync(aside, { force: true });
  }
  throw new DataFolderInUseError(lockFile, readOwner(lockFile) ?? me);
}
