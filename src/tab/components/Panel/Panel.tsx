import { mergeClasses, useId } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePanelStyles } from './Panel.styles';

export interface PanelProps {
  title: string;
  /** Heading level inside the page (h2 by default). */
  level?: 2 | 3;
  /** A short note or a link next to the title. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled card of a page (a labelled region). */
export function Panel({ title, level = 2, aside, className, children }: PanelProps) {
  const styles = usePanelStyles();
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = useId('panel');
  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Heading id={headingId} className={styles.title}>
          {title}
        </Heading>
        {aside && <div className={styles.aside}>{aside}</div>}
      </div>
      {children}
    </section>
  );
}
