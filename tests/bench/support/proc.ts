import fs from 'node:fs';

/** Linux /proc readings of another process: its memory and the CPU time it (and its children) used. */

export interface Memory {
  /** Resident now, and the most it has been resident since it started (VmHWM), in bytes. */
  rss: number;
  hwm: number;
}

export function memoryOf(pid: number): Memory {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/**
 * Samples a process's resident memory every `everyMs` until stopped: the peak seen, and how far
 * that is above where it stood when sampling began. VmHWM covers spikes between samples (it only
 * counts when it rose above the start's high-water mark, which start-up may have set).
 */
export function sampleMemory(pid: number, everyMs = 50): { stop(): { before: number; peak: number; growth: number } } {
  const first = memoryOf(pid);
  let peak = first.rss;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memoryOf(pid).rss);
    } catch {
      // the process went; the peak so far stands
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const last = memoryOf(pid);
      if (last.hwm > first.hwm) peak = Math.max(peak, last.hwm);
      peak = Math.max(peak, last.rss);
      return { before: first.rss, peak, growth: peak - first.rss };
    },
  };
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux, whatever the kernel's own HZ

/** CPU seconds (user + system) a process has used, or 0 if it is gone. */
export function cpuSecondsOf(pid: number): number {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0;
  }
  // The command name may hold spaces and parentheses: the fields after it start past the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** The process and all its descendants, now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}
