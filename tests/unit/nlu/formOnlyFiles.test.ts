/**
 * The corpus files only the form and story-form models learn from (sources.ts FORM_ONLY): stories
 * written for the form, whose intent (`describe_concern` throughout) must not move the intent model
 * (round 24), round 44's English stories (`dev-forms44.jsonl`) and round 46's stories in other languages
 * (`dev-forms46.jsonl`) for the same reason, and round 47's Dutch and English stories told inside a work
 * setting (`dev-forms47.jsonl`), and round 50's stories told by their structure (`dev-forms50.jsonl`); and the
 * stories of round 51's first separate writer (`writers-stories51a.jsonl`), while the second's
 * (`writers-stories51b.jsonl`) is held back from every model; neither is split, so the development fifth
 * stays the same messages.
 */
import path from 'node:path';
import {
  corpusFiles,
  dangerOnlyFiles,
  formOnlyFiles,
  heldBackFiles,
  suicideOnlyFiles,
  trainOnlyFiles,
  trainWholeFiles,
} from '../../../src/nlu/model/sources';

const root = path.resolve(__dirname, '../../..');
const names = (files: string[]) => files.map((f) => path.basename(f));

describe('form-only corpus files', () => {
  it('reads dev-forms24, dev-forms44, dev-forms46, dev-forms47 and dev-forms50 as form-only, not as files every general model trains on', () => {
    expect(names(formOnlyFiles(root))).toEqual(
      expect.arrayContaining(['dev-forms24.jsonl', 'dev-forms44.jsonl', 'dev-forms46.jsonl', 'dev-forms47.jsonl', 'dev-forms50.jsonl']),
    );
    expect(names(trainOnlyFiles(root))).not.toContain('dev-forms44.jsonl');
    expect(names(trainOnlyFiles(root))).not.toContain('dev-forms46.jsonl');
    expect(names(trainOnlyFiles(root))).not.toContain('dev-forms47.jsonl');
    expect(names(trainOnlyFiles(root))).not.toContain('dev-forms50.jsonl');
    expect(names(trainOnlyFiles(root))).toContain('dev-forms-11.jsonl');
  });

  it("reads round 51's first writer's stories as form-only and holds the second's back from every model, neither split", () => {
    expect(names(formOnlyFiles(root))).toContain('writers-stories51a.jsonl');
    expect(names(heldBackFiles(root))).toEqual(['writers-stories51b.jsonl']);
    const trained = [trainOnlyFiles, trainWholeFiles, dangerOnlyFiles, suicideOnlyFiles, corpusFiles].flatMap((list) => names(list(root)));
    expect(trained).not.toContain('writers-stories51a.jsonl');
    expect(trained).not.toContain('writers-stories51b.jsonl');
    expect(names(formOnlyFiles(root))).not.toContain('writers-stories51b.jsonl');
  });
});
