import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  Grid,
  MenuItem,
  Paper,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@material-ui/core';
import {
  REVIEW_MAX_EVIDENCE_LINKS,
  REVIEW_METHODS,
  type CriterionResult,
  type ReviewMethod,
  type ReviewVerdict,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ProvenanceChip } from '../common/ProvenanceChip';
import { REVIEW_METHOD_KEYS } from '../common/reviewMethodLabel';
import { answerLabel, type AnswerWords } from '../HistoryView/answerLabel';
import { draftProblems, type CriterionReviewDraft } from './reviewForm';

type Criterion = LocalizedMaturityModel['areas'][number]['criteria'][number];

/**
 * One criterion of the review: the team's answer and the catalog's evidence
 * side by side (stacked on a narrow screen), then the verdict, the method,
 * a note and links.
 */
export function CriterionReviewFields({
  criterion,
  result,
  words,
  draft,
  onChange,
}: {
  criterion: Criterion;
  result: CriterionResult;
  words: AnswerWords;
  draft: CriterionReviewDraft;
  onChange: (draft: CriterionReviewDraft) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const id = `review-${criterion.id}`;
  const problems = draftProblems(draft);
  const found =
    result.evidence?.status === 'found' ? result.evidence.items : [];
  return (
    <Paper variant="outlined" component="section" aria-labelledby={`${id}-q`}>
      <Box p={2}>
        <Typography variant="subtitle1" component="h3" id={`${id}-q`}>
          {criterion.question}
        </Typography>
        <Grid container spacing={2}>
          <Grid item xs={12} md={6}>
            <Typography variant="overline" component="p">
              {t('review.answer')}
            </Typography>
            <Typography variant="body2">
              {answerLabel(words, criterion, result.answer)}{' '}
              <ProvenanceChip provenance={result.provenance} />
            </Typography>
            {result.answer?.note && (
              <Typography variant="body2" color="textSecondary">
                {t('review.teamNote')}: {result.answer.note}
              </Typography>
            )}
            {(result.answer?.evidenceLinks ?? []).length > 0 && (
              <Typography variant="body2" component="div">
                {t('review.teamLinks')}:{' '}
                {result.answer!.evidenceLinks!.map(link => (
                  <Box
                    component="span"
                    key={link}
                    mr={1}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    <a href={link} target="_blank" rel="noopener noreferrer">
                      {link}
                    </a>
                  </Box>
                ))}
              </Typography>
            )}
          </Grid>
          <Grid item xs={12} md={6}>
            <Typography variant="overline" component="p">
              {t('review.evidence')}
            </Typography>
            {found.length ? (
              <Box component="ul" m={0} pl={2}>
                {found.map(item => (
                  <li key={item.label}>
                    <Typography
                      variant="body2"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {item.url ? (
                        <a
                          href={item.url}
                          target="_blank"
                          rel="noopener noreferrer"
                        >
                          {item.label}
                        </a>
                      ) : (
                        item.label
                      )}
                    </Typography>
                  </li>
                ))}
              </Box>
            ) : (
              <Typography variant="body2" color="textSecondary">
                {t('review.noEvidence')}
              </Typography>
            )}
          </Grid>
        </Grid>
        <Box mt={2}>
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('review.verdict')}</FormLabel>
            <RadioGroup
              row
              name={`${id}-verdict`}
              value={draft.verdict}
              onChange={e =>
                onChange({
                  ...draft,
                  verdict: e.target.value as ReviewVerdict | '',
                })
              }
            >
              <FormControlLabel
                value=""
                control={<Radio />}
                label={t('review.verdictNone')}
              />
              <FormControlLabel
                value="confirm"
                control={<Radio />}
                label={t('review.confirm')}
              />
              <FormControlLabel
                value="dispute"
                control={<Radio />}
                label={t('review.dispute')}
              />
            </RadioGroup>
          </FormControl>
        </Box>
        {draft.verdict && (
          <Grid container spacing={2}>
            <Grid item xs={12} md={4}>
              <TextField
                select
                fullWidth
                id={`${id}-method`}
                label={t('review.method')}
                value={draft.method}
                onChange={e =>
                  onChange({ ...draft, method: e.target.value as ReviewMethod })
                }
              >
                {REVIEW_METHODS.map(method => (
                  <MenuItem key={method} value={method}>
                    {t(REVIEW_METHOD_KEYS[method])}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid item xs={12} md={8}>
              <TextField
                fullWidth
                multiline
                id={`${id}-note`}
                label={t('review.note')}
                required={draft.verdict === 'dispute'}
                value={draft.note}
                error={Boolean(problems.note)}
                helperText={
                  problems.note ? t('review.noteRequired') : undefined
                }
                onChange={e => onChange({ ...draft, note: e.target.value })}
              />
            </Grid>
            <Grid item xs={12}>
              <TextField
                fullWidth
                multiline
                id={`${id}-links`}
                label={t('review.links')}
                value={draft.links}
                error={Boolean(problems.links)}
                helperText={
                  problems.links
                    ? t('review.linksInvalid', {
                        max: String(REVIEW_MAX_EVIDENCE_LINKS),
                      })
                    : undefined
                }
                onChange={e => onChange({ ...draft, links: e.target.value })}
              />
            </Grid>
          </Grid>
        )}
      </Box>
    </Paper>
  );
}
