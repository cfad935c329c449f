import { Select, type SelectProps } from 'antd';
import { type CodedTable, useCoded } from './use-coded';

type Props = Omit<SelectProps, 'options'> & {
  /** The coded field whose values are offered. */
  coded: CodedTable;
  /** Values not to offer (e.g. 户主 when moving a person into another household). */
  exclude?: readonly string[];
  'data-testid'?: string;
};

/** A select of a coded field's values, labelled in the current language. */
export function CodedSelect({ coded, exclude, ...rest }: Props) {
  const { options } = useCoded();
  const all = options(coded);
  return <Select {...rest} options={exclude ? all.filter((o) => !exclude.includes(o.value)) : all} />;
}
