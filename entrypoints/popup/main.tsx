import { render } from 'preact';
import { BACKGROUND_CSS } from '@/lib/overlay/card-style';
import { App } from './App';
import './style.css';

// The background section's styles are shared with the hover cards, which keep theirs in a shadow root.
const style = document.createElement('style');
style.textContent = BACKGROUND_CSS;
document.head.append(style);
render(<App />, document.getElementById('app')!);
