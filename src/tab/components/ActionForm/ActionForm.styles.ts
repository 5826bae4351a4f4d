import { makeStyles } from '@fluentui/react-components';
import { fieldGridSection, formColumn, sectionLegend } from '../FieldsetForm/fieldset-form.styles';

export const useActionFormStyles = makeStyles({
  form: formColumn,
  section: fieldGridSection('200px'),
  legend: sectionLegend,
  wide: { gridColumn: '1 / -1' },
});
