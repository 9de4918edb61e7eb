import { theme } from 'antd';
import { splitByWords } from '../highlight';

/** Text with the query words marked; rendered as React text nodes, so markup in an ad stays text. */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  const { token } = theme.useToken();
  return (
    <>
      {splitByWords(text, words).map((part, index) =>
        part.hit ? (
          <mark
            key={index}
            data-testid="hit"
            // The border tone of the warning palette: visible on white cards and on link-coloured titles.
            style={{ background: token.colorWarningBorder, color: 'inherit', padding: 0, borderRadius: 2 }}
          >
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
