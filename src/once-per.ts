/**
 * `compute`, worked out once for each key object: later calls with the same key get the first
 * answer. Answers are held in a WeakMap, so they live as long as their key and no longer (a
 * model query answered once per Deployment, a file read once per SourceFile).
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
