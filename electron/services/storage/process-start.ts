import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Something that tells one run of a process from another with the same id: its start time as
 * the system records it, or null where the system will not say. Process ids are reused (readily
 * on Windows and macOS, and after every reboot), so "a process with id 4242 is running" does not
 * mean the process that wrote a lock file is. Compared only for equality with what the same
 * function said for the holder when it took the lock.
 */
export function processStartToken(pid: number): string | null {
  try {
    if (process.platform === 'linux') return linuxStartToken(pid);
    if (process.platform === 'win32') return windowsStartToken(pid);
    return psStartToken(pid);
  } catch {
    return null;
  }
}

/**
 * Linux: field 22 of /proc/PID/stat is the start time in clock ticks since boot; with the boot's
 * id (new at every boot) it names one run of one process exactly.
 */
function linuxStartToken(pid: number): string | null {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces or ')': count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = fields[22 - 3];
  if (!ticks || !/^\d+$/.test(ticks)) return null;
  const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  return `${boot}:${ticks}`;
}

/** macOS and the BSDs: `ps -o lstart=` gives the start time to the second. */
function psStartToken(pid: number): string | null {
  const out = spawnSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 5000 });
  const text = out.status === 0 ? out.stdout.trim() : '';
  return text === '' ? null : text;
}

function windowsStartToken(pid: number): string | null {
  const out = spawnSync(
    'powershell.exe',
    ['-NoProfile', '-NonInteractive', '-Command', `(Get-Process -Id ${pid}).StartTime.ToUniversalTime().Ticks`],
    { encoding: 'utf8', timeout: 10_000, windowsHide: true },
  );
  const text = out.status === 0 ? out.stdout.trim() : '';
  return /^\d+$/.test(text) ? text : null;
}
