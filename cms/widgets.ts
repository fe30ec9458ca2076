/**
 * The CMS's own widget controls: optional groups (validated only once filled in, required while another field
 * says so), relation and select pickers that search without diacritics and speak Vietnamese, and dates typed as
 * DD/MM/YYYY. init.ts registers them.
 */
import { cloneElement, Component, createElement, type ReactElement } from 'react';
import { looseIncludes } from '../src/lib/text/vietnamese';
import { fromViDate, toViDate } from './dates';
import { cms, type DecapApi } from './decap';
import { PICKER_TEXTS, REQUIRED_GROUP_TEXTS } from './locale-vi';
import { isBlank } from './normalize';

type PickerProps = { noOptionsMessage?: () => string; loadingMessage?: () => string };

// An optional group (cover image, consent record…) is validated only once the editor starts filling it;
// Decap's own object widget would demand its inner fields even when the whole group is left out.
const objectWidget = cms.getWidget('object');

/*
 * A group that another field's value makes required (`required_when`, src/schemas/field-groups.ts). Decap's label
 * says "(không bắt buộc)" from the field's config and never re-renders a group when another field changes, so
 * select controls announce their changes here and the group updates its note and its label's marker itself.
 */
const selectChanges = new EventTarget();
type Rule = { get(key: 'field' | 'value'): string };
interface GroupProps {
  value?: unknown;
  forID: string;
  field: { get(key: string): unknown };
  entry?: { getIn(path: string[]): unknown };
}
class OptionalObjectControl extends objectWidget.control {
  constructor(props: { value?: unknown }) {
    super(props);
    const validateFields = this.validate;
    this.validate = () => {
      if (!isBlank(this.props.value)) validateFields();
    };
  }

  private get rule(): Rule | undefined {
    return (this.props as unknown as GroupProps).field.get('required_when') as Rule | undefined;
  }

  /** The deciding field's value: from the entry when the editor opens, then from the select's announcements. */
  private decidingValue: unknown = undefined;

  private onSelectChange = (event: Event) => {
    const { name, value } = (event as CustomEvent<{ name: string; value: unknown }>).detail;
    if (!this.rule || name !== this.rule.get('field') || value === this.decidingValue) return;
    this.decidingValue = value;
    (this as unknown as Component).forceUpdate();
  };

  private get isRequiredNow(): boolean {
    return this.rule !== undefined && this.decidingValue === this.rule.get('value');
  }

  /**
   * Decap's label sits outside the widget, tied by `for` to the group's <div>, which a label cannot name: the group
   * gets role="group" named by the label, so a screen reader announces it once. While the group is required, the
   * label says "(bắt buộc)" and only that: Decap's "(không bắt buộc)" is hidden, ours is there only then.
   */
  private markLabel(): void {
    const { forID } = this.props as unknown as GroupProps;
    const label = document.querySelector(`label[for="${forID}"]`);
    if (!(label instanceof HTMLElement)) return;
    if (this.rule) {
      const required = this.isRequiredNow;
      const decapMarker = label.querySelector<HTMLElement>('span:not([data-antq-required])');
      if (decapMarker) decapMarker.hidden = required;
      let marker = label.querySelector<HTMLElement>('[data-antq-required]');
      if (required && !marker) {
        marker = Object.assign(document.createElement('span'), { textContent: REQUIRED_GROUP_TEXTS.labelSuffix });
        marker.dataset.antqRequired = '';
        label.append(marker);
      } else if (!required) marker?.remove();
      label.toggleAttribute('data-required-now', required);
    }
    const group = document.getElementById(forID);
    if (!group) return;
    // The name is the label's text as shown (hidden markers left out), given as a string: a name taken by reference
    // from a hidden label would read its hidden parts too. The label itself is then not read a second time.
    const name = [...label.childNodes]
      .filter((node) => !(node instanceof HTMLElement && node.hidden))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim();
    group.setAttribute('role', 'group');
    if (group.getAttribute('aria-label') !== name) group.setAttribute('aria-label', name);
    label.setAttribute('aria-hidden', 'true');
  }

  componentDidMount(): void {
    (objectWidget.control.prototype as unknown as { componentDidMount(): void }).componentDidMount.call(this);
    this.markLabel();
    if (!this.rule) return;
    const { entry } = this.props as unknown as GroupProps;
    this.decidingValue = entry?.getIn(['data', this.rule.get('field')]);
    selectChanges.addEventListener('change', this.onSelectChange);
    (this as unknown as Component).forceUpdate();
  }

  componentDidUpdate(): void {
    this.markLabel();
  }

  componentWillUnmount(): void {
    selectChanges.removeEventListener('change', this.onSelectChange);
  }

  render(): ReactElement {
    const inner = (objectWidget.control.prototype as unknown as { render(): ReactElement }).render.call(this);
    if (!this.rule) return inner;
    const required = this.isRequiredNow;
    return createElement(
      'div',
      null,
      createElement(
        'p',
        { className: required ? 'antq-group-note antq-group-note--required' : 'antq-group-note', role: 'status' },
        required ? REQUIRED_GROUP_TEXTS.required : REQUIRED_GROUP_TEXTS.notRequired,
      ),
      inner,
    );
  }
}

const ADMIN_CSS = `
label[data-required-now] > span:not([data-antq-required]) { display: none; }
.antq-group-note { margin: 0 0 8px; font-size: 14px; color: #4a4a4a; }
.antq-group-note--required { color: #8b1a10; font-weight: 600; }
`;

/** Registers the optional group widget (`optional-object`) and adds the admin page's styles for its note and label. */
export function registerOptionalGroups(): void {
  cms.registerWidget('optional-object', OptionalObjectControl, objectWidget.preview);
  document.head.append(Object.assign(document.createElement('style'), { textContent: ADMIN_CSS }));
}

/*
 * Pickers search without diacritics: Decap's relation search is a fuzzy match on the exact letters, so "cao son"
 * never found "Cao Sơn". The control asks Decap for every entry and keeps those whose shown fields contain each
 * typed word, folded (src/lib/text/vietnamese.ts). React-select's own texts are English: set them here.
 */
type Hit = { data: Record<string, unknown> };
type QueryResult = { payload: { hits?: Hit[] } };
interface RelationInstance {
  props: {
    field: { get(key: string): unknown };
    forID: string;
    query(forID: string, collection: string, fields: string[], term: string, file?: string): Promise<QueryResult>;
  };
  parseHitOptions(hits: Hit[]): unknown[];
  render(): ReactElement<PickerProps>;
}
const relationWidget = cms.getWidget('relation');
const RelationBase = relationWidget.control as unknown as new (props: unknown) => RelationInstance;
const fieldList = (value: unknown): string[] => {
  const plain = (value as { toJS?: () => unknown })?.toJS?.() ?? value;
  return Array.isArray(plain) ? plain.map(String) : plain ? [String(plain)] : [];
};
class FoldedRelationControl extends RelationBase {
  loadOptions = (term: string, callback: (options: unknown[]) => void) => {
    const { field, query, forID } = this.props;
    const searchFields = fieldList(field.get('search_fields'));
    const file = field.get('file') as string | undefined;
    query(forID, String(field.get('collection')), searchFields, '', file)
      .then((result) => {
        const hits = (result.payload.hits ?? []).filter((hit) =>
          searchFields.some((name) => looseIncludes(String(hit.data[name] ?? ''), term)),
        );
        callback(this.parseHitOptions(hits).slice(0, Number(field.get('options_length') ?? 20)));
      })
      .catch(() => callback([]));
  };

  override render(): ReactElement<PickerProps> {
    return cloneElement(super.render(), {
      noOptionsMessage: () => PICKER_TEXTS.noOptions,
      loadingMessage: () => PICKER_TEXTS.loading,
    });
  }
}
/** Replaces a built-in widget's control, keeping its preview, config schema and options. */
function replaceControl(name: string, widget: ReturnType<DecapApi['getWidget']>, control: unknown): void {
  const { control: _, preview, ...options } = widget;
  cms.registerWidget({ ...options, name, controlComponent: control, previewComponent: preview });
}

const selectWidget = cms.getWidget('select');
const SelectBase = selectWidget.control as unknown as new (props: unknown) => { render(): ReactElement<PickerProps> };
class VietnameseSelectControl extends SelectBase {
  componentDidUpdate(previous: { value?: unknown }): void {
    const { field, value } = (this as unknown as { props: { field: { get(key: string): unknown }; value?: unknown } })
      .props;
    if (previous.value !== value)
      selectChanges.dispatchEvent(new CustomEvent('change', { detail: { name: field.get('name'), value } }));
  }

  override render(): ReactElement<PickerProps> {
    return cloneElement(super.render(), { noOptionsMessage: () => PICKER_TEXTS.noOptions });
  }
}

/*
 * Dates typed and shown as DD/MM/YYYY. The datetime widget's native date input follows the browser's language
 * (mm/dd/yyyy in an English browser). Stored as YYYY-MM-DD; text that is not a date is kept as typed, so the
 * schema refuses it on saving with its own message instead of the CMS silently dropping it.
 */
interface DateProps {
  value?: unknown;
  forID: string;
  classNameWrapper: string;
  onChange(value: string): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}
class ViDateControl extends Component<DateProps, { text: string }> {
  override state = { text: toViDate(this.props.value) };

  override componentDidUpdate(previous: DateProps): void {
    // A value set from outside (a loaded entry, a restored draft) replaces what is shown.
    if (
      previous.value !== this.props.value &&
      fromViDate(this.state.text) !== this.props.value &&
      this.state.text !== this.props.value
    ) {
      this.setState({ text: toViDate(this.props.value) });
    }
  }

  override render(): ReactElement {
    const { forID, classNameWrapper, onChange, setActiveStyle, setInactiveStyle } = this.props;
    return createElement('input', {
      id: forID,
      type: 'text',
      inputMode: 'numeric',
      placeholder: 'DD/MM/YYYY',
      autoComplete: 'off',
      className: classNameWrapper,
      value: this.state.text,
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
      onChange: (event: { target: { value: string } }) => {
        const text = event.target.value;
        this.setState({ text });
        onChange(text.trim() === '' ? '' : (fromViDate(text) ?? text));
      },
    });
  }
}
const datetimeWidget = cms.getWidget('datetime');
const DatetimeBase = datetimeWidget.control as unknown as new (
  props: DateProps & { field: { get(key: string): unknown } },
) => Component;
/** Date-only fields (time_format: false) get the DD/MM/YYYY input; any date-and-time field keeps Decap's. */
class DateOrDatetimeControl extends DatetimeBase {
  /**
   * Text that is not a day on the calendar ("31/02/2026", "2026-13-45") is refused at the field, in the form the
   * editor types dates in; the schema's own message speaks of the file's YYYY-MM-DD.
   */
  isValid = () => {
    const { field, value, parentIds } = (
      this as unknown as { props: { field: { get(key: string): unknown }; value?: unknown; parentIds?: string[] } }
    ).props;
    if (field.get('time_format') !== false || isBlank(value) || fromViDate(String(value)) !== undefined) return true;
    return {
      error: {
        // Decap says "Chưa lưu: …" at the top only for errors of this type.
        type: 'PRESENCE',
        parentIds: parentIds ?? [],
        message: `${String(field.get('label'))}: “${toViDate(value)}” không phải một ngày có thật. Gõ theo dạng DD/MM/YYYY, ví dụ 05/12/2026.`,
      },
    };
  };

  override render() {
    const props = (this as unknown as { props: DateProps & { field: { get(key: string): unknown } } }).props;
    return props.field.get('time_format') === false ? createElement(ViDateControl, props) : super.render();
  }
}

/** Puts the Vietnamese pickers and the DD/MM/YYYY date input in place of Decap's relation, select and datetime controls. */
export function replaceBuiltInControls(): void {
  replaceControl('relation', relationWidget, FoldedRelationControl);
  replaceControl('select', selectWidget, VietnameseSelectControl);
  replaceControl('datetime', datetimeWidget, DateOrDatetimeControl);
}
