import { render } from 'preact';
import { BACKGROUND_CSS } from '@/lib/overlay/card-style';
import { DARK_MARKS } from '@/lib/overlay/scheme';
import { App } from './App';
import './style.css';

// The background section's styles are shared with the hover cards, which keep theirs in a shadow root.
const style = document.createElement('style');
style.textContent = BACKGROUND_CSS;
document.head.append(style);
// The legend's samples show the marks as a page of the popup's own scheme would (content/style.css).
document.documentElement.toggleAttribute(DARK_MARKS, matchMedia('(prefers-color-scheme: dark)').matches);
render(<App />, document.getElementById('app')!);
