import type { ReportedFinding } from '../engine/result.js';
import type { Deployment, MasterGroup, Server } from '../model/deployment.js';
import type { Span } from '../model/span.js';

/**
 * A Mermaid flowchart of each master group: Sentinels → master, replicas → master. A link that a
 * finding points at (both ends' files, or the line that makes the link) is drawn dashed and marked
 * with the rule. Only file names, master names, hosts and ports: never a value that may be secret.
 */
export function mermaidDiagram(deployment: Deployment, findings: readonly ReportedFinding[]): string {
  if (deployment.masterGroups.length === 0) return '';
  const lines = ['flowchart LR'];
  const ids = new Map<string, string>();
  const node = (key: string, label: string, shape: 'box' | 'round'): string => {
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = `n${ids.size}`));
      lines.push(shape === 'box' ? `  ${id}["${mermaidText(label)}"]` : `  ${id}(["${mermaidText(label)}"])`);
    }
    return id;
  };
  deployment.masterGroups.forEach((group, index) => {
    lines.push(`  subgraph g${index}["${mermaidText(`master group ${group.name}`)}"]`);
    const master = masterNode(group, node);
    for (const monitor of group.monitors) {
      const sentinel = node(`file:${monitor.sentinel.name}`, `Sentinel ${monitor.sentinel.name}`, 'round');
      const broken = brokenBy(findings, monitor.sentinel.name, group.master?.name, monitor.declaredAt);
      lines.push(link(sentinel, master, `monitors ${group.name} q=${monitor.quorum.known ? monitor.quorum.value : '?'}`, broken));
    }
    for (const replica of group.replicas) {
      const from = node(`file:${replica.name}`, `replica ${replica.name}`, 'box');
      const broken = brokenBy(findings, replica.name, group.master?.name, replica.replicaof?.declaredAt);
      lines.push(link(from, master, 'replicaof', broken));
    }
    lines.push('  end');
  });
  return `${lines.join('\n')}\n`;
}

function masterNode(group: MasterGroup, node: (key: string, label: string, shape: 'box' | 'round') => string): string {
  const master: Server | undefined = group.master;
  const monitor = group.monitors[0];
  const address = monitor ? `${monitor.host.text}:${monitor.port.known ? monitor.port.value : monitor.portArg.text}` : group.name;
  if (master) return node(`file:${master.name}`, `master ${address} ${master.name}`, 'box');
  return node(`address:${group.scope.id}:${address}`, `master ${address} (no file)`, 'box');
}

/** The rules of findings that relate the two ends, or sit on the line that makes the link. */
function brokenBy(findings: readonly ReportedFinding[], from: string, to: string | undefined, line: Span | undefined): string[] {
  const rules = new Set<string>();
  for (const finding of findings) {
    if (finding.level === 'note') continue;
    const spans = [finding.at, ...finding.related.map((r) => r.at)];
    const files = new Set(spans.map((s) => s.file));
    const onLine = line !== undefined && spans.some((s) => s.file === line.file && s.line >= line.line && s.line <= line.endLine);
    const relates = to !== undefined && to !== from && files.has(from) && files.has(to);
    if (onLine || relates) rules.add(finding.ruleId);
  }
  return [...rules].sort();
}

function link(from: string, to: string, label: string, broken: string[]): string {
  if (broken.length === 0) return `  ${from} -->|"${mermaidText(label)}"| ${to}`;
  return `  ${from} -.->|"${mermaidText(`✗ ${label}: ${broken.join(', ')}`)}"| ${to}`;
}

/**
 * Text for a quoted Mermaid label: every character outside a plain set becomes an entity code, so
 * a name from a config file cannot close the label, the block or the Markdown fence.
 */
export function mermaidText(text: string): string {
  return [...text].map((c) => (/^[\p{L}\p{N} _.:/=?✗,@-]$/u.test(c) ? c : `#${c.codePointAt(0)};`)).join('');
}
