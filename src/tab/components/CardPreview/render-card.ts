import { AdaptiveCard, HostConfig } from 'adaptivecards';
import { cardMarkdownToHtml } from './card-markdown';
import { TEAMS_HOST_CONFIG } from './card-host-config';

// Teams renders the markdown subset of TextBlocks: so does the preview, with every character of the text escaped.
AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = cardMarkdownToHtml(text);
  result.didProcess = true;
};

/** Renders an Adaptive Card's JSON into a container (the renderer builds the DOM itself); its buttons do nothing here. */
export function renderCard(json: object, container: HTMLElement): { ok: boolean } {
  const card = new AdaptiveCard();
  card.hostConfig = new HostConfig(TEAMS_HOST_CONFIG);
  card.onExecuteAction = () => undefined;
  card.parse(json);
  const element = card.render();
  container.replaceChildren(...(element ? [element] : []));
  return { ok: element !== undefined };
}
