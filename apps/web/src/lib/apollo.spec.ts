import {
  ImportCostsDocument,
  ImportEmployeesDocument,
  ImportProjectsDocument,
  ImportStandardsDocument,
  ProjectsDocument,
  SaveCostMonthDocument,
} from '../gql/graphql';
import { isImportOperation } from './apollo';

describe('isImportOperation', () => {
  it('sends the Excel imports (fileBase64) to the import route and nothing else', () => {
    expect([ImportCostsDocument, ImportEmployeesDocument, ImportStandardsDocument, ImportProjectsDocument].map(isImportOperation)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect([ProjectsDocument, SaveCostMonthDocument].map(isImportOperation)).toEqual([false, false]);
  });
});
