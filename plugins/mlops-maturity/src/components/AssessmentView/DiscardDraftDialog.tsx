import { useState } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * Asks for confirmation before the draft is discarded: the draft is shared
 * by everyone editing the assessment, and a discarded one cannot be
 * restored. An error other than a conflict (which the form's conflict
 * banner explains) stays in the dialog.
 */
export function DiscardDraftDialog({
  onCancel,
  onConfirm,
}: {
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [discarding, setDiscarding] = useState(false);
  const [error, setError] = useState<Error>();
  return (
    <Dialog
      open
      onClose={discarding ? undefined : onCancel}
      aria-labelledby="mlops-discard-title"
      aria-describedby="mlops-discard-body"
    >
      <DialogTitle id="mlops-discard-title">
        {t('discardDialog.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id="mlops-discard-body">
          {t('discardDialog.body')}
        </DialogContentText>
        {error && (
          <Box mt={2}>
            <Alert severity="error">
              {t('discardDialog.failed', { message: error.message })}
            </Alert>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={discarding}>
          {t('discardDialog.cancel')}
        </Button>
        <Button
          color="secondary"
          variant="contained"
          disabled={discarding}
          onClick={() => {
            setDiscarding(true);
            onConfirm().catch(e => {
              setError(e);
              setDiscarding(false);
            });
          }}
        >
          {t('discardDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
