import { describe, expect, it } from 'vitest';
import { minimiseRecusalMoves, recusalMoves } from '../../../shared/domain/agenda-order';

const item = (id: string, ...recused: string[]) => ({ id, recused });

describe('recusal moves', () => {
  it('counts each member leaving and returning, with everyone in the room at both ends', () => {
    expect(recusalMoves([item('a', '李'), item('b'), item('c', '李')])).toEqual({
      leaves: 2,
      returns: 2,
    });
    expect(recusalMoves([item('a', '李'), item('c', '李'), item('b')])).toEqual({
      leaves: 1,
      returns: 1,
    });
    expect(recusalMoves([item('a', '李', '王'), item('b', '王')])).toEqual({
      leaves: 2,
      returns: 2,
    });
    expect(recusalMoves([])).toEqual({ leaves: 0, returns: 0 });
  });
});

describe('the recusal-minimising order', () => {
  it('groups items with the same recused members so fewer people leave and return', () => {
    const given = [
      item('石门镇1', '李'),
      item('云溪镇1', '王'),
      item('石门镇2', '李'),
      item('青山村'),
      item('云溪镇2', '王'),
      item('石门镇3', '李'),
    ];
    const order = minimiseRecusalMoves(given);
    expect(order.map((i) => i.id)).toEqual([
      '青山村',
      '石门镇1',
      '石门镇2',
      '石门镇3',
      '云溪镇1',
      '云溪镇2',
    ]);
    expect(recusalMoves(given)).toEqual({ leaves: 5, returns: 5 });
    expect(recusalMoves(order)).toEqual({ leaves: 2, returns: 2 });
  });

  it('keeps every item exactly once and an order without recusals as it was', () => {
    const plain = [item('a'), item('b'), item('c')];
    expect(minimiseRecusalMoves(plain)).toEqual(plain);
    const mixed = [item('x', '甲'), item('y', '乙'), item('z', '甲', '乙')];
    expect(
      minimiseRecusalMoves(mixed)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['x', 'y', 'z']);
  });
});
