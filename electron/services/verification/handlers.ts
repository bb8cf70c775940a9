import type { verificationContract } from '../../../shared/api/verification';
import type { HandlerGroup } from '../registry';
import { signOutgoing, verifyReceived } from './service';

export const verificationHandlers: HandlerGroup<typeof verificationContract> = {
  'verification.signOutgoing': (input, ctx) => signOutgoing(ctx, input),
  'verification.verifyFile': (input, ctx) => verifyReceived(ctx, input),
};
