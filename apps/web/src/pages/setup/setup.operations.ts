import { graphql } from '../../gql';

export const SetupChecklistQuery = graphql(`
  query SetupChecklist {
    setupChecklist {
      done
      dismissed
      visible
      starterPack
      canApplyStarterPack
      items {
        key
        done
        count
        link
      }
    }
  }
`);

export const DismissSetupChecklistMutation = graphql(`
  mutation DismissSetupChecklist($dismissed: Boolean!) {
    dismissSetupChecklist(dismissed: $dismissed) {
      done
      dismissed
      visible
      starterPack
      canApplyStarterPack
      items {
        key
        done
        count
        link
      }
    }
  }
`);

export const ApplyStarterPackMutation = graphql(`
  mutation ApplyStarterPack($packId: String!) {
    applyStarterPack(packId: $packId) {
      packId
      standards
      handbookTemplates
      checklists
      holidayLists
      frequencyDefaults
      departments
      duties
      onboardingTemplates
    }
  }
`);
