import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { rubricKeys } from './queries';

/**
 * A saved rubric changes the library, the frozen flags and campaign counts, and (saved in place)
 * the rubric a campaign shows and the rubric name in the campaign list.
 */
function refreshAfterRubricChange(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: rubricKeys.all }),
    client.invalidateQueries({ queryKey: queryKeys.campaigns }),
  ]).then(() => undefined);
}

export function useCreateRubricFromTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'rubrics.createFromTemplate'>) =>
      call('rubrics.createFromTemplate', input),
    onSuccess: () => refreshAfterRubricChange(client),
  });
}

export function useCreateRubric() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'rubrics.create'>) => call('rubrics.create', input),
    onSuccess: () => refreshAfterRubricChange(client),
  });
}

export function useSaveRubric() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'rubrics.save'>) => call('rubrics.save', input),
    onSuccess: () => refreshAfterRubricChange(client),
  });
}

/** Reads a file into a definition and its problems; nothing is stored. */
export function useImportRubricFile() {
  return useMutation({
    mutationFn: (input: MethodInput<'rubrics.importFile'>) => call('rubrics.importFile', input),
  });
}

export function useExportRubricFile() {
  return useMutation({
    mutationFn: (input: MethodInput<'rubrics.exportFile'>) => call('rubrics.exportFile', input),
  });
}

export function useSetCampaignRubric() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'campaigns.setRubric'>) => call('campaigns.setRubric', input),
    onSuccess: () => refreshAfterRubricChange(client),
  });
}
