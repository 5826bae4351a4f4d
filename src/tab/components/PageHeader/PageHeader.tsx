import { useEffect, useRef, type ReactNode } from 'react';
import { consumeFocusRequest } from '../../router/focus-on-navigation';
import { usePageHeaderStyles } from './PageHeader.styles';

export interface PageHeaderProps {
  title: string;
  subtitle?: ReactNode;
  /** Buttons or links on the right. */
  actions?: ReactNode;
  /** What goes above the title (a breadcrumb). */
  before?: ReactNode;
}

/** The page's h1, its subtitle and actions; sets the document title and takes focus after a navigation. */
export function PageHeader({ title, subtitle, actions, before }: PageHeaderProps) {
  const styles = usePageHeaderStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Cap Mandat`;
  }, [title]);
  useEffect(() => {
    if (consumeFocusRequest()) heading.current?.focus();
  }, []);
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        {before}
        <h1 ref={heading} tabIndex={-1} className={styles.title}>
          {title}
        </h1>
        {subtitle && <p className={styles.subtitle}>{subtitle}</p>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  );
}
