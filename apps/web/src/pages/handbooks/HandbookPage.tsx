// /handbooks/:id — a handbook template (or a project's handbook) on its own page.
import { useParams } from 'react-router-dom';
import { HandbookView } from './HandbookView';

export default function HandbookPage() {
  const { id = '' } = useParams();
  return <HandbookView key={id} handbookId={id} />;
}
