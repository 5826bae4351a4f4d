import { cardMarkdownToHtml } from '../../../src/tab/components/CardPreview/card-markdown.js';
import { HOSTILE } from '../../support/hostile-strings.js';

describe('paragraphs and line breaks of a card text', () => {
  it('wraps a line in a paragraph', () => {
    expect(cardMarkdownToHtml('Bonjour')).toBe('<p>Bonjour</p>');
    expect(cardMarkdownToHtml('')).toBe('<p></p>');
  });

  it('breaks lines on a single newline and paragraphs on blank lines', () => {
    expect(cardMarkdownToHtml('un\ndeux')).toBe('<p>un<br>deux</p>');
    expect(cardMarkdownToHtml('un\n\ndeux')).toBe('<p>un</p><p>deux</p>');
    expect(cardMarkdownToHtml('un\n\n\n\ndeux')).toBe('<p>un</p><p>deux</p>');
  });

  it('reads Windows and old Mac line ends as newlines', () => {
    expect(cardMarkdownToHtml('un\r\n\r\ndeux\r\ntrois')).toBe('<p>un</p><p>deux<br>trois</p>');
    expect(cardMarkdownToHtml('un\rdeux')).toBe('<p>un<br>deux</p>');
  });
});

describe('emphasis', () => {
  it('renders bold and italic', () => {
    expect(cardMarkdownToHtml('**Échéance** le *30 juin*, _sans faute_')).toBe('<p><strong>Échéance</strong> le <em>30 juin</em>, <em>sans faute</em></p>');
  });

  it('leaves underscores inside words alone', () => {
    expect(cardMarkdownToHtml('snake_case_name')).toBe('<p>snake_case_name</p>');
    expect(cardMarkdownToHtml('été_2025_')).toBe('<p>été_2025_</p>');
    expect(cardMarkdownToHtml('(_voir_)')).toBe('<p>(<em>voir</em>)</p>');
  });

  it('leaves unclosed marks and marks split across lines as text', () => {
    expect(cardMarkdownToHtml('**gras')).toBe('<p>**gras</p>');
    expect(cardMarkdownToHtml('**')).toBe('<p>**</p>');
    expect(cardMarkdownToHtml('*début\nfin*')).toBe('<p>*début<br>fin*</p>');
  });

  it('shows markdown-escaped characters as themselves, without backslashes', () => {
    expect(cardMarkdownToHtml('\\*pas en italique\\*')).toBe('<p>*pas en italique*</p>');
    expect(cardMarkdownToHtml('5 \\* 3 \\_ 2 \\# \\[a\\]\\(b\\) \\+ \\= \\. \\-')).toBe('<p>5 * 3 _ 2 # [a](b) + = . -</p>');
    expect(cardMarkdownToHtml('C:\\\\dossier')).toBe('<p>C:\\dossier</p>');
    expect(cardMarkdownToHtml('**3 \\* 4**')).toBe('<p><strong>3 * 4</strong></p>');
  });

  it('keeps links and lists as plain text', () => {
    expect(cardMarkdownToHtml('[le rapport](https://mairie.example/rapport)')).toBe('<p>[le rapport](https://mairie.example/rapport)</p>');
    expect(cardMarkdownToHtml('- un\n- deux')).toBe('<p>- un<br>- deux</p>');
  });
});

describe('hostile text in a card', () => {
  it('escapes markup, so nothing in the text becomes a tag', () => {
    expect(cardMarkdownToHtml(HOSTILE.script!)).toBe('<p>&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;</p>');
    expect(cardMarkdownToHtml(`**${HOSTILE.imgOnError!}**`)).toBe('<p><strong>&lt;img src=x onerror=alert(1)&gt;</strong></p>');
    expect(cardMarkdownToHtml("l'été & \"nous\"")).toBe('<p>l&#39;été &amp; &quot;nous&quot;</p>');
    expect(cardMarkdownToHtml('&lt;b&gt;')).toBe('<p>&amp;lt;b&amp;gt;</p>');
  });

  it('escapes markup hidden behind markdown escapes', () => {
    expect(cardMarkdownToHtml('\\<script\\>alert(1)\\</script\\>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('makes no link of a javascript: URL', () => {
    expect(cardMarkdownToHtml('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>');
    expect(cardMarkdownToHtml('**[x](javascript:alert(1))**')).toBe('<p><strong>[x](javascript:alert(1))</strong></p>');
  });

  it('cannot forge emphasis with the private characters that mark it', () => {
    expect(cardMarkdownToHtml('\uE101gras\uE102 \uE103italique\uE104')).toBe('<p>gras italique</p>');
    expect(cardMarkdownToHtml('\uE101<b>')).toBe('<p>&lt;b&gt;</p>');
    // Nor with those that hold escaped characters: U+E02A would come back as '*'.
    expect(cardMarkdownToHtml('\uE02Ax\uE02A \uE02A\uE02Ay\uE02A\uE02A')).toBe('<p>x y</p>');
  });

  it('emits no tag but p, br, strong and em whatever the text', () => {
    const html = cardMarkdownToHtml(`${Object.values(HOSTILE).join('\n')}\n\n**fin** *fin*`);
    const tags = new Set(html.match(/<\/?[a-z]+/g));
    expect([...tags].sort()).toEqual(['</em', '</p', '</strong', '<br', '<em', '<p', '<strong']);
  });
});
