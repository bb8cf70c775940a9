import { splitMatch } from './filterBranches';

export interface HighlightTextProps {
  text: string;
  query: string;
}

export function HighlightText({ text, query }: HighlightTextProps) {
  const parts = splitMatch(text, query);
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
