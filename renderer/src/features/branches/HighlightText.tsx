import { splitMatch } from './filterBranches';

export interface HighlightTextProps {
  text: string;
  query: string;
  /** Pinyin initials of `text`, so a match by initials is highlighted too. */
  initials?: string | undefined;
}

export function HighlightText({ text, query, initials }: HighlightTextProps) {
  const parts = splitMatch(text, query, initials);
  if (!parts) return <>{text}</>;
  const [before, match, after] = parts;
  return (
    <>
      {before}
      <mark className="xp-match">{match}</mark>
      {after}
    </>
  );
}
