import { createTranslationRef } from '@backstage/core-plugin-api/alpha';

/**
 * Every string of the plugin's own UI, in English. The model's texts (areas,
 * levels, questions) are not here: they come from the backend in the app's
 * language.
 * @alpha
 */
export const mlopsMaturityTranslationRef = createTranslationRef({
  id: 'plugin.mlops-maturity',
  messages: {
    common: {
      title: 'MLOps maturity',
      notAssessed: 'Not assessed',
      score: 'Score {{score}}',
      scoreNone: 'No score',
      retry: 'Try again',
    },
    states: {
      loadFailed: 'Could not load the MLOps maturity',
      noPermissionTitle: 'No access to this scorecard',
      noPermission:
        'Your account may not read the MLOps maturity of this service. Ask its owning team or a portal administrator for access.',
      evidenceUnavailable:
        'Catalog evidence could not be read right now, so the levels only use the stored answers.',
      evidencePartial:
        'Part of the catalog evidence could not be read right now; some criteria may show no evidence.',
      evidenceStale:
        'The catalog could not be read right now; the evidence shown is from {{asOf}}.',
    },
    invitation: {
      title: 'Not assessed yet',
      body: 'Answer a short questionnaire to see where this ML service stands in each area, and get a roadmap of what to improve next.',
      detected_one:
        'The catalog already shows evidence for {{count}} criterion; it will be suggested in the questionnaire.',
      detected_other:
        'The catalog already shows evidence for {{count}} criteria; they will be suggested in the questionnaire.',
    },
    card: {
      overallLevel: 'Overall level',
      areas: 'Areas',
      lastAssessed: 'Last assessed {{when}} by {{by}}',
      stale:
        'This assessment is out of date since {{date}}. Update it so the levels describe the service as it is today.',
      conflicts_one: '{{count}} answer disagrees with what the catalog shows',
      conflicts_other: '{{count}} answers disagree with what the catalog shows',
      takeAssessment: 'Take the assessment',
      continueDraft: 'Continue your draft',
      update: 'Update',
      viewDetails: 'View details',
      nextLevel: 'Next overall level: {{level}}',
      nextSteps: 'What gets it there soonest',
      topLevel: 'The service is at the highest overall level.',
    },
    chart: {
      areaScores: 'Score per area',
      history: 'Area scores over the submissions',
      historySummary:
        'Line chart of {{areas}} area scores across {{submissions}} submissions; the table below lists the same values.',
    },
    content: {
      views: 'MLOps maturity views',
      scorecard: 'Scorecard',
      assessment: 'Assessment',
      roadmap: 'Roadmap',
      history: 'History',
    },
    provenance: {
      reviewed: 'Reviewed',
      disputed: 'Disputed',
      verified: 'Verified',
      'self-attested': 'Self-attested',
      conflict: 'Conflict',
      detected: 'Detected',
      suggested: 'Suggested',
      answered: 'Answered',
      unanswered: 'Unanswered',
      'not-applicable': 'Not applicable',
    },
    provenanceHelp: {
      reviewed:
        'A reviewer confirmed this answer (interview, documentation review or tool audit).',
      disputed:
        'A reviewer disputed this answer: it counts as not met until the next submission answers it again.',
      verified: 'Answered yes, and the catalog shows a matching trace.',
      'self-attested':
        'Answered yes, but the catalog shows no trace; it counts, unverified.',
      conflict:
        'Answered no, yet the catalog shows a trace; it counts as answered. Check the answer.',
      detected:
        'Not answered; the catalog fully knows this fact, so it counts.',
      suggested:
        'Not answered; the catalog shows a trace, offered as a suggestion only.',
      answered: 'Answered; this criterion has no catalog rule.',
      unanswered: 'Not answered yet.',
      'not-applicable': 'Marked as not applicable, with a reason.',
    },
    status: {
      met: 'Met',
      partial: 'Partly met',
      notMet: 'Not met',
      notApplicable: 'Not applicable',
    },
    effort: {
      label: 'Effort: {{effort}}',
      low: 'Low',
      medium: 'Medium',
      high: 'High',
    },
    scorecard: {
      overall: 'Overall level',
      crosswalk:
        'Comparable to “{{google}}” in Google’s MLOps model and to “{{microsoft}}” in Microsoft’s MLOps maturity model.',
      ladder: 'Level ladder of {{area}}',
      current: 'Current level',
      next: 'Next level',
      top: 'This area is at the top of the ladder.',
      progress: '{{met}} of {{total}} criteria met towards {{level}}',
      target: 'Target: {{level}}',
      targetReached: 'Target reached',
      criteria: 'Criteria',
      criterion: 'Criterion',
      status: 'Status',
      provenance: 'Source',
      evidence: 'Evidence',
      note: 'Note',
      noEvidence: 'None',
      evidenceUnavailable: 'Unavailable: {{message}}',
      evidenceHonesty:
        'Catalog evidence shows that a tool is linked to this service, not that the practice is followed.',
      tools: 'Typical tools: {{tools}}',
      crosswalkGoogle: 'Comparable to “{{google}}” in Google’s MLOps model.',
      crosswalkMicrosoft:
        'Comparable to “{{microsoft}}” in Microsoft’s MLOps maturity model.',
      crosswalkMlopsCommunity:
        'In the MLOps Community’s maturity assessment, comparable to “{{mlopsCommunity}}”.',
      levelGroup: 'Criteria for {{level}}',
      levelGroupProgress: '{{met}} of {{total}} met',
      missingFor: 'Missing for {{level}}:',
      allMetFor: 'Every criterion for {{level}} is met.',
      overallLadder: 'Overall ladder',
      overallLadderLabel: 'Overall levels, lowest first',
      youAreHere: 'Where the service stands',
      reached: 'Reached',
      notReached: 'Not reached',
      overallNext: 'To reach {{level}}:',
      areaMustRise: '{{area}} from {{from}} to {{to}}',
      overallTop: 'This is the highest overall level.',
    },
    answers: {
      yes: 'Yes',
      no: 'No',
      none: 'Not done',
      manual: 'Manual and documented',
      automated: 'Automated and repeated',
      unanswered: 'No answer',
    },
    assessment: {
      readOnlyTitle: 'Read only',
      readOnly:
        'You can read this assessment but not change it: only the team that owns this service, or people given the assessment permission, can answer and submit.',
      saving: 'Saving…',
      saved: 'Saved',
      unsaved: 'Unsaved changes',
      saveFailed: 'Could not save the draft: {{message}}',
      draftSaved: 'Draft saved {{when}} by {{by}}',
      answered: '{{answered}} of {{total}} answered',
      submit: 'Submit the assessment',
      submitInvalid: 'Fix the answers marked in red before submitting.',
      discardDraft: 'Discard draft',
      submitted:
        'Assessment submitted. The scorecard now shows the new levels.',
      areasNav: 'Areas of the questionnaire',
      areaPosition: 'Area {{index}} of {{total}}',
      areaToFix_one: '{{count}} to fix',
      areaToFix_other: '{{count}} to fix',
      previousArea: 'Previous area: {{area}}',
      nextArea: 'Next area: {{area}}',
      nextUnanswered: 'Next unanswered question',
      toFix_one: '{{count}} answer to fix',
      toFix_other: '{{count}} answers to fix',
      errorSummaryTitle_one:
        '{{count}} answer needs fixing before you can submit',
      errorSummaryTitle_other:
        '{{count}} answers need fixing before you can submit',
      issue: '{{question}} ({{area}}): {{problem}}',
    },
    conflict: {
      title: 'Someone else saved first',
      body: '{{by}} saved this draft while you were editing. Your answers are still on this page but have not been saved.',
      bodyAnonymous:
        'Someone else saved this draft while you were editing. Your answers are still on this page but have not been saved.',
      reload: 'Reload their version',
      stashed_one:
        'You are looking at their version. {{count}} answer you typed is kept aside: re-apply it to save it over theirs.',
      stashed_other:
        'You are looking at their version. {{count}} answers you typed are kept aside: re-apply them to save them over theirs.',
      reapply: 'Re-apply my answers',
      discard: 'Discard my answers',
    },
    question: {
      suggested: 'Suggested from the catalog',
      suggestedHelp:
        'Pre-filled because the catalog links a tool for this. Confirm that the practice really exists before submitting.',
      notApplicable: 'Not applicable',
      naReason: 'Why does this not apply?',
      naReasonRequired: 'Give a reason when a question does not apply.',
      naReasonTooLong: 'Keep the reason to at most {{max}} characters.',
      note: 'Note',
      noteTooLong: 'Keep the note under {{max}} characters.',
      evidenceLink: 'Evidence link {{index}}',
      addLink: 'Add an evidence link',
      removeLink: 'Remove evidence link {{index}}',
      linkInvalid: 'Use a full address starting with http:// or https://',
      tooManyLinks: 'Keep at most {{max}} evidence links.',
      clear: 'Clear the answer',
    },
    submitDialog: {
      title: 'Submit this assessment?',
      intro:
        'Submitting records these answers for everyone and gives this service the following levels:',
      previewFailed: 'The resulting levels could not be calculated.',
      cancel: 'Cancel',
      confirm: 'Submit',
      missingTitle:
        '{{missing}} of {{applicable}} questions have no answer yet',
      needsEvery:
        'Every question needs an answer, "not applicable" with a reason, or sufficient evidence from the catalog before you can submit.',
      needsShare:
        'At least {{percent}}% of the questions need an answer, "not applicable" with a reason, or sufficient evidence from the catalog before you can submit.',
      countsAsNotMet:
        'You can submit: questions left without an answer count as not met.',
      goTo: 'Go to the question: {{question}}',
    },
    discardDialog: {
      title: 'Discard the draft?',
      body: 'The saved draft is deleted for everyone who works on this assessment, and the questionnaire starts again from the last submission. Submissions are kept. This cannot be undone.',
      cancel: 'Keep the draft',
      confirm: 'Discard draft',
      failed: 'The draft could not be discarded: {{message}}',
    },
    roadmap: {
      targets: 'Targets',
      targetFor: 'Target for {{area}}',
      current: 'Now: {{level}}',
      saveTargets: 'Save targets',
      targetsSaved: 'Targets saved.',
      targetsReadOnly:
        'Only the owning team, or people given the target permission, can change the targets.',
      actions: 'Actions',
      empty:
        'Every area has reached its target. Raise a target to plan the next steps.',
      levelGroup: '{{area}}: towards {{level}}',
      recommendation: 'Recommended action',
      exampleTools: 'Example tools',
      partly: 'Partly in place',
    },
    report: {
      title: 'Report',
      description:
        'Executive summary, detail per area, gaps and the action plan, ready to share.',
      view: 'View the report',
      hide: 'Hide the report',
      print: 'Print',
      download: 'Download as Markdown',
    },
    history: {
      empty:
        'No assessment has been submitted yet. Submissions appear here so that progress can be followed over time.',
      submissions: 'Submissions',
      when: 'Submitted',
      who: 'By',
      modelVersion: 'Model version',
      overall: 'Overall level',
      view: 'View answers',
      viewAria: 'View answers submitted {{when}}',
      dialogTitle: 'Submission of {{when}} by {{by}}',
      retired: 'This question is no longer in the model.',
      close: 'Close',
    },
    organisation: {
      subtitle:
        'How mature the ML services of each team are, and where to invest',
      refreshedAt: 'Catalog data as of {{when}}',
      noPermissionTitle: 'No access to the organisation overview',
      noPermission:
        'Your account may not read the MLOps maturity of the organisation (permission mlops-maturity.overview.read). Ask a portal administrator for access.',
      emptyTitle: 'No ML services match',
      emptyBody:
        'No ML service in the catalog matches these filters. Clear a filter to see more.',
      exportCsv: 'Export CSV',
      exportFailed: 'The CSV export failed: {{message}}',
    },
    grouping: {
      label: 'Group by',
      team: 'Team',
      department: 'Department',
      domain: 'Domain',
      system: 'System',
    },
    filters: {
      title: 'Filters',
      domain: 'Domain',
      system: 'System',
      owner: 'Owner',
      lifecycle: 'Lifecycle',
      type: 'Type',
      assessed: 'Assessment',
      assessedYes: 'Assessed',
      assessedNo: 'Not assessed',
      stale: 'Freshness',
      staleYes: 'Out of date',
      staleNo: 'Up to date',
      any: 'Any',
      clear: 'Clear filters',
      loading: 'Loading…',
      noOptions: 'No options',
    },
    heatmap: {
      titleTeam: 'Maturity by team',
      titleDepartment: 'Maturity by department',
      titleDomain: 'Maturity by domain',
      titleSystem: 'Maturity by system',
      description:
        "Each cell: the median level of the group's services in the area, on a tint of their mean score (0 to 100, darker is lower). A downward arrow marks a mean below the organisation's mean in that area. Sort by any column; select a group for its report and services.",
      caption: 'Median level and mean score per group and area',
      group: 'Group',
      services: 'Services',
      overall: 'Overall level',
      organisation: 'Organisation',
      noSystem: 'Without a system',
      noDomain: 'Without a domain',
      assessedOf: '{{assessed}} of {{services}} assessed',
      stale_one: '{{count}} out of date',
      stale_other: '{{count}} out of date',
      mean: 'mean {{score}}',
      belowMean: "Mean below the organisation's mean",
      tooFew: 'Too few assessed for a median ({{assessed}} of {{services}})',
      coverage: 'Assessed',
      coverageValue: '{{assessed}} of {{services}}',
      areaMean: '{{area}}: mean score',
      areaMedian: '{{area}}: median level',
      sortBy: 'Sort groups by',
      order: 'Group order',
      sortColumn: 'Sort by {{column}}',
      scale: 'Tint: mean score',
      scaleLow: '0 (lower)',
      scaleHigh: '100 (higher)',
      region: 'Heatmap of groups and areas',
      list: 'Groups and their area values',
      weakestTitle: 'Weakest groups per area',
      weakest: 'Weakest in {{area}}: {{groups}}',
      weakestGroup:
        '{{group}}, mean {{score}} of 100, {{assessed}} of {{services}} services assessed',
      open: 'Open the details of {{group}}',
      noGroups: 'No group of this kind owns a matching ML service.',
    },
    distribution: {
      label: 'Overall levels',
      item: '{{level}}: {{number}}',
    },
    trends: {
      title: 'Overall level over time',
      period: 'Period',
      months_one: 'Last month',
      months_other: 'Last {{count}} months',
      summary:
        'Stacked area chart of the overall level of {{services}} services over {{months}} months; the table that follows lists the same values.',
      month: 'Month',
      caption: 'Services per overall level and month',
      empty:
        'No ML service matches these filters, so there is no trend to show.',
    },
    services: {
      title: 'Services',
      region: 'Services table',
      service: 'Service',
      owner: 'Owner',
      overall: 'Overall level',
      assessedAt: 'Last assessed',
      never: 'Never',
      stale: 'Out of date',
      sortBy: 'Sort by',
      order: 'Order',
      asc: 'Ascending',
      desc: 'Descending',
      areaLevel: '{{area}}: level',
      areaScore: '{{area}}: score',
      rowsPerPage: 'Rows per page',
      displayedRows: '{{from}}–{{to}} of {{total}}',
      empty: 'No ML services match these filters.',
    },
    drillDown: {
      close: 'Close',
      summary: 'Summary',
      medianOverall: 'Median overall level: {{level}}',
      whereToInvest: 'Where to invest',
      whereToInvestHelp:
        "The gaps the group's services share, ranked by how many services each one holds back.",
      rank: 'Rank',
      gap: 'Gap',
      area: 'Area',
      blocks: 'Services held back',
      blocksValue: '{{services}} ({{share}})',
      recommendation: 'Recommended action',
      noGaps:
        'No shared gap: every assessed service has reached its targets, or none is assessed yet.',
      actionPlan: 'Action plan',
      step: 'Step {{step}}: {{question}}',
      tools: 'Example tools: {{tools}}',
      download: 'Download the report as Markdown',
      services: 'Services of {{group}}',
      noReport:
        'Team reports are written for teams and departments; group by one of them to see where to invest.',
    },
    groupCard: {
      services: 'ML services',
      assessed: 'Assessed',
      assessedValue: '{{assessed}} of {{services}} ({{share}})',
      stale: 'Out of date',
      overall: 'Overall levels',
      areas: 'Median level per area',
      open: 'Open in the organisation overview',
      empty: 'This group and its sub-groups own no ML service.',
    },
    coverage: {
      includeProvisional: 'Include provisional (catalog-only) services',
      assessed: '{{assessed}} of {{inScope}} services assessed ({{share}})',
      stale_one: '{{count}} stale',
      stale_other: '{{count}} stale',
      provisional_one: '{{count}} provisional (catalog only)',
      provisional_other: '{{count}} provisional (catalog only)',
      coversAssessed: 'Levels, medians and means count assessed services only.',
      coversProvisional:
        'Levels, medians and means include provisional services, from the catalog only.',
      provisionalLevel: '{{level}} (provisional)',
      scorecard:
        'Provisional — from the catalog only: {{level}}. Not an assessed level until the team submits an assessment.',
      trendCurrent_one:
        'The current month includes {{count}} provisional service at its catalog-only levels.',
      trendCurrent_other:
        'The current month includes {{count}} provisional services at their catalog-only levels.',
    },
    catalogFilter: {
      level: 'MLOps maturity level',
      status: 'MLOps assessment',
      assessed: 'Assessed',
      provisional: 'Provisional (catalog only)',
      column: 'MLOps maturity',
    },
  },
});
