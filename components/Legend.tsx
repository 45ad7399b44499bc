/** What the highlights on the page mean: one click away in the popup. */
const ITEMS: Array<[string, string]> = [
  ['official', 'A named official (holds office or speaks for a government, party, army, court or international body)'],
  ['person', 'Another named person'],
  ['institution', 'An institution or a news outlet'],
  ['anonymous', 'An anonymous or group source'],
  ['quote', 'A direct quotation'],
  ['claim', 'A reported claim'],
];

export function Legend() {
  return (
    <details class="legend" data-testid="legend">
      <summary>What the highlights mean</summary>
      <ul>
        {ITEMS.map(([style, text]) => (
          <li key={style}>
            <span class={`legend__sample legend__sample--${style}`}>Sample</span> {text}
          </li>
        ))}
      </ul>
      <p>Hover over a highlighted name, or reach it with Tab, to see who it is and what they said here.</p>
    </details>
  );
}
