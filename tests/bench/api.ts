// Latency of the leader's team view through the whole stack: token check, Graph (emulator) directReports,
// one history query per report in Azurite. The figure a leader feels when opening the tab.
import { startDemoStack } from '../../src/server/demo-stack';
import type { BenchResult } from './types';

const ROUNDS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function benchApi(): Promise<BenchResult[]> {
  const stack = await startDemoStack({ inMemory: true, port: 0, today: '2026-11-23' });
  try {
    const counts = new Map<string, number>();
    for (const p of stack.municipality.people) {
      if (p.managerId) counts.set(p.managerId, (counts.get(p.managerId) ?? 0) + 1);
    }
    const [leaderId, size] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
    const signIn = await fetch(`${stack.url}/api/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: leaderId }),
    });
    const { accessToken } = (await signIn.json()) as { accessToken: string };
    const times: number[] = [];
    for (let i = 0; i < ROUNDS + 5; i++) {
      const t0 = performance.now();
      const res = await fetch(`${stack.url}/api/team`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      if (res.status !== 200) throw new Error(`/api/team answered ${res.status}`);
      await res.arrayBuffer();
      if (i >= 5) times.push(performance.now() - t0); // the first few warm up the JIT and connections
    }
    times.sort((a, b) => a - b);
    return [
      { name: 'api_team_size', value: size ?? 0, unit: 'people' },
      { name: 'api_team_p50_ms', value: Number(percentile(times, 50).toFixed(1)), unit: 'ms' },
      { name: 'api_team_p95_ms', value: Number(percentile(times, 95).toFixed(1)), unit: 'ms' },
    ];
  } finally {
    await stack.stop();
  }
}
