import type { Catalogue } from './deep-merge.js';

/** The home page by role, deadline chips, alerts (English). */
export const homeEnglish: Catalogue = {
  app: {
    deadline: {
      left: '%{smart_count} day left |||| %{smart_count} days left',
      today: 'due today',
      overdue: '%{smart_count} day overdue |||| %{smart_count} days overdue',
    },
    home: {
      actions: 'Actions',
      mine: 'My work today',
      myOverdue: 'My overdue tasks',
      mySoon: 'My tasks due in the next %{days} days',
      myReturned: 'Tasks returned to me, to be carried on',
      myOther: 'My other open tasks',
      allMine: 'All my tasks',
      noneOverdue: 'No overdue task.',
      noneSoon: 'No task due in the coming week.',
      noneReturned: 'No task returned.',
      noneOther: 'No other task.',
      myEvaluation: 'My evaluation',
      evaluationStep: 'Year %{year}: %{state}.',
      evaluationSelfAssess: 'Your self-assessment is expected.',
      openEvaluation: 'Open the evaluation form',
      noEvaluation: 'No evaluation cycle yet.',
      headTitle: 'To do for %{unit}',
      toAccept: 'Reports of completion awaiting acceptance',
      noneToAccept: 'No report awaits acceptance.',
      unitSoon: 'Tasks due in the next %{days} days',
      proposalsWaiting: 'Evaluations awaiting a proposal or a decision',
      noneWaiting: 'Nothing waiting.',
      hrTitle: 'Evaluation: progress of the cycle',
      noOpenCycle: 'No evaluation cycle is open.',
      cycleProgress: 'Cycle %{year}: %{done} of %{all} evaluations decided',
      openCycle: 'Open the board',
      toReview: 'Proposals awaiting review',
    },
  },
};
