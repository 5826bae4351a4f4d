import { Link } from '@fluentui/react-components';
import type { MouseEventHandler, ReactNode } from 'react';
import { hrefOf } from './routes';

export interface RouterLinkProps {
  to: string;
  query?: Record<string, string | undefined>;
  className?: string;
  appearance?: 'default' | 'subtle';
  inline?: boolean;
  id?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  tabIndex?: number;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
  children: ReactNode;
}

/** A Fluent link to a page of the tab (a real `<a href="#/…">`, so it opens in a new tab too). */
export function RouterLink({ to, query, ...rest }: RouterLinkProps) {
  return <Link {...rest} href={hrefOf(to, query)} />;
}
