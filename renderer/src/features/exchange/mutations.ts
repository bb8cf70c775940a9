import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { exchangeKeys } from './queries';

/**
 * A merge changes any screen's data (branches, sheets, rankings): everything is asked again,
 * as after a restore. A conflict's choice changes one cell, and the conflicts list.
 */
export function useImportPackage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'exchange.importPackage'>) =>
      call('exchange.importPackage', input),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useResolveConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'exchange.resolve'>) => call('exchange.resolve', input),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useExportPackage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (scope: MethodInput<'exchange.exportPackage'>['scope']) =>
      call('exchange.exportPackage', { scope }),
    onSuccess: () => client.invalidateQueries({ queryKey: exchangeKeys.peers() }),
  });
}
