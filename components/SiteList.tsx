/** A list of sites (or outlets) the reader set apart, each with the button that undoes it. */
export interface SiteListProps {
  sites: string[];
  /** Said when the list is empty. */
  empty: string;
  /** The button's label ("Turn back on"). */
  action: string;
  onAction: (site: string) => void;
  testid: string;
}

export function SiteList({ sites, empty, action, onAction, testid }: SiteListProps) {
  if (!sites.length) return <p>{empty}</p>;
  return (
    <ul class="options__sites" data-testid={testid}>
      {sites.map((site) => (
        <li key={site}>
          {site}{' '}
          <button type="button" onClick={() => onAction(site)}>
            {action}
          </button>
        </li>
      ))}
    </ul>
  );
}
