import type { ReactNode } from 'react';
import { Alert, Form, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DimensionForm } from './forms/DimensionForm';
import { IndicatorForm } from './forms/IndicatorForm';
import { ItemForm } from './forms/ItemForm';
import { RubricForm } from './forms/RubricForm';
import type { CodeOption } from './forms/WeightedParts';
import type { NodeRef } from './model/nodeRef';
import { getDimension, getIndicator, getItem, nodeKey } from './model/nodeRef';
import { updateDimension, updateIndicator, updateItem } from './model/treeOps';
import type { RubricDefinition } from './model/types';

export interface NodePaneProps {
  definition: RubricDefinition;
  selected: NodeRef;
  /** Problems of the selected node, already in words. */
  problems: string[];
  onEdit: (next: RubricDefinition, mergeKey: string) => void;
  levelLabel: (level: number) => string;
}

function codeOptions(def: RubricDefinition): { all: CodeOption[]; dimensions: CodeOption[] } {
  const dimensions = def.dimensions.map((d) => ({ value: d.code, label: `${d.code} ${d.name}` }));
  const all = def.dimensions.flatMap((d) => [
    { value: d.code, label: `${d.code} ${d.name}` },
    ...d.indicators.flatMap((i) => [
      { value: i.code, label: `${i.code} ${i.name}` },
      ...i.items.map((item) => ({ value: item.code, label: `${item.code} ${item.name}` })),
    ]),
  ]);
  return { all, dimensions };
}

/** The right-hand pane: the form of whatever node the tree has selected. */
export function NodePane({ definition, selected, problems, onEdit, levelLabel }: NodePaneProps) {
  const { t } = useTranslation();
  const key = nodeKey(selected);
  // Typing in one field of one node is one undo step; the key says which field of which node.
  const edit = (next: RubricDefinition, field: string) => onEdit(next, `${key}:${field}`);

  let title: string;
  let body: ReactNode;
  switch (selected.kind) {
    case 'rubric': {
      const options = codeOptions(definition);
      title = t('rubricEditor.levelRubric');
      body = (
        <RubricForm
          definition={definition}
          codeOptions={options.all}
          dimensionOptions={options.dimensions}
          levelLabel={levelLabel}
          onChange={edit}
        />
      );
      break;
    }
    case 'dimension': {
      const dim = getDimension(definition, selected);
      title = t('rubric.levelDimension');
      body = dim && (
        <DimensionForm
          dimension={dim}
          perStar={definition.scheme.kind === 'per-star'}
          onChange={(next, field) =>
            edit(
              updateDimension(definition, selected.d, () => next),
              field,
            )
          }
        />
      );
      break;
    }
    case 'indicator': {
      const ind = getIndicator(definition, selected);
      title = t('rubric.levelIndicator');
      body = ind && (
        <IndicatorForm
          indicator={ind}
          onChange={(next, field) =>
            edit(
              updateIndicator(definition, selected.d, selected.i, () => next),
              field,
            )
          }
        />
      );
      break;
    }
    case 'item': {
      const item = getItem(definition, selected);
      title = t('rubricEditor.levelItem');
      body = item && (
        <ItemForm
          item={item}
          levelLabel={levelLabel}
          onChange={(next, field) =>
            edit(
              updateItem(definition, selected.d, selected.i, selected.t, () => next),
              field,
            )
          }
        />
      );
      break;
    }
  }

  return (
    <div className="xp-node-pane" data-testid="node-form">
      <Typography.Title level={5} className="xp-node-pane-title">
        <Tag>{title}</Tag>
      </Typography.Title>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="xp-node-problems"
          title={
            <ul className="xp-editor-list">
              {problems.map((text, index) => (
                <li key={index}>{text}</li>
              ))}
            </ul>
          }
        />
      )}
      {/* Keyed by node: switching nodes must not carry one node's half-typed number to the next. */}
      <Form layout="vertical" component="div" key={key}>
        {body}
      </Form>
    </div>
  );
}
