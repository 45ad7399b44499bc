/**
 * Finds the words a view shows that do not come from a message (locales/en.yml): the engine of
 * literals.test.ts, apart so that the test can also show it catches a planted literal.
 * TypeScript 6's compiler API: the project's TypeScript 7 has no JavaScript API (scripts/typescript6-api.cjs).
 */
import ts from '@typescript/typescript6';

export interface Literal {
  line: number;
  text: string;
  /** Where it was found: JSX text, an attribute's name, a property's name or a DOM setter. */
  where: string;
}

/** Attributes (and props) the reader sees or hears; `value` only on buttons. */
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'alt',
  'label',
]);
/**
 * A component's props are words it shows unless they are one of these (ids, classes, links): a
 * view's own prop (SiteList's `empty`, `action`) is caught without listing it here.
 */
const NON_TEXT_PROPS = new Set([
  'class',
  'className',
  'buttonsClass',
  'testid',
  'testId',
  'data-testid',
  'key',
  'id',
  'href',
  'src',
  'domain',
  'type',
  'role',
]);
const isComponent = (attribute: ts.JsxAttribute) => {
  const element = attribute.parent.parent;
  return (ts.isJsxOpeningElement(element) || ts.isJsxSelfClosingElement(element)) && /^[A-Z]/.test(element.tagName.getText());
};
/** DOM properties that put text on screen or in the accessibility tree. */
const TEXT_SETTERS = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'alt', 'label']);
/** Object properties that views render as text (e.g. a ConsentPrompt's choices). */
const TEXT_PROPERTIES = new Set(['label', 'title', 'ariaLabel', 'placeholder', 'alt']);

/** Words, not symbols: any letter of any script. */
const hasLetters = (s: string) => /\p{L}/u.test(s);

/**
 * The string parts an expression can evaluate to, followed through conditionals, `??`/`||`/`&&`,
 * `+` and templates. Calls are not followed: their arguments are message keys or data, and what
 * they return is checked where it is built.
 */
function textsOf(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node.head, ...node.templateSpans.flatMap((s) => [s.literal, ...textsOf(s.expression)])];
  if (ts.isParenthesizedExpression(node) || ts.isJsxExpression(node)) return node.expression ? textsOf(node.expression) : [];
  if (ts.isConditionalExpression(node)) return [...textsOf(node.whenTrue), ...textsOf(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const k = node.operatorToken.kind;
    const joins = [
      ts.SyntaxKind.PlusToken,
      ts.SyntaxKind.QuestionQuestionToken,
      ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.AmpersandAmpersandToken,
    ];
    return joins.includes(k) ? [...textsOf(node.left), ...textsOf(node.right)] : [];
  }
  return [];
}

const textOf = (node: ts.Node) => (ts.isLiteralExpression(node) || ts.isTemplateLiteralToken(node) ? node.text : '');

function attributeName(node: ts.JsxAttribute): string {
  return ts.isIdentifier(node.name) ? node.name.text : node.name.getText();
}

function isButton(attribute: ts.JsxAttribute): boolean {
  const element = attribute.parent.parent;
  const tag = ts.isJsxOpeningElement(element) || ts.isJsxSelfClosingElement(element) ? element.tagName.getText() : '';
  if (tag === 'button') return true;
  if (tag !== 'input') return false;
  const type = attribute.parent.properties.find((p) => ts.isJsxAttribute(p) && attributeName(p) === 'type') as ts.JsxAttribute | undefined;
  const init = type?.initializer;
  return !!init && ts.isStringLiteral(init) && ['button', 'submit', 'reset'].includes(init.text);
}

/** What the node shows as text, if it is a place that shows text. */
function shownAt(node: ts.Node): { where: string; value: ts.Node } | null {
  if (ts.isJsxText(node)) return { where: 'JSX text', value: node };
  if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)))
    return { where: 'JSX child', value: node.expression };
  if (ts.isJsxAttribute(node) && node.initializer) {
    const name = attributeName(node);
    if (VISIBLE_ATTRIBUTES.has(name) || (name === 'value' && isButton(node)) || (isComponent(node) && !NON_TEXT_PROPS.has(name)))
      return { where: `${name}=`, value: node.initializer };
  }
  if (ts.isPropertyAssignment(node) && TEXT_PROPERTIES.has(node.name.getText().replace(/['"]/g, '')))
    return { where: `${node.name.getText()}:`, value: node.initializer };
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
    if (TEXT_SETTERS.has(node.left.name.text)) return { where: `.${node.left.name.text} =`, value: node.right };
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setAttribute') {
    const [name, value] = node.arguments;
    if (name && value && ts.isStringLiteral(name) && VISIBLE_ATTRIBUTES.has(name.text))
      return { where: `setAttribute('${name.text}')`, value };
  }
  return null;
}

export function findLiterals(fileName: string, source: string): Literal[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    const shown = shownAt(node);
    if (shown) {
      const parts = ts.isJsxText(shown.value) ? [shown.value] : textsOf(shown.value);
      for (const part of parts) {
        const text = ts.isJsxText(part) ? part.text.trim() : textOf(part);
        if (hasLetters(text)) found.push({ line: file.getLineAndCharacterOfPosition(part.getStart()).line + 1, text, where: shown.where });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
