import { memo } from 'react';
import { VisitDocuments } from '../documents/VisitDocuments';
import { AttendeesSection } from './AttendeesSection';
import { FindingsSection } from './FindingsSection';
import { ConclusionSection, UnitCommentsSection } from './MinutesTextSections';
import { SignaturesSection } from './SignaturesSection';
import { SubmitSection, type SubmitSectionProps } from './SubmitSection';

/**
 * The sections under the checklist: a chunk of its own (VisitScreen.tsx loads it as soon as its own code
 * runs), so that the top of the visit screen does not wait for their code (issue 19). Memoized: the visit
 * screen is drawn again at every change of the sync's state.
 */
export default memo(function VisitLowerSections(props: SubmitSectionProps) {
  const { visit, editable } = props;
  return (
    <>
      <VisitDocuments visitId={visit.id} status={visit.status} />
      <FindingsSection visit={visit} editable={editable} />
      <AttendeesSection visit={visit} editable={editable} />
      <UnitCommentsSection visit={visit} editable={editable} />
      <ConclusionSection visit={visit} editable={editable} />
      <SignaturesSection visit={visit} editable={editable} />
      <SubmitSection {...props} />
    </>
  );
});
