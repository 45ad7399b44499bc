import { analyze } from './lib/nlp/analyze';
for (const t of process.argv.slice(2)) {
  const a = analyze(t, {});
  console.log(JSON.stringify(a.entities.map((e) => [e.name, e.kind, e.role])));
}
