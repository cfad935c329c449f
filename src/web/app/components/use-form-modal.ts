import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, type FormInstance } from 'antd';
import { applyFieldErrors, useErrorText } from '../errors';

type Options<V, R> = {
  /** Sends the form's values (after any shaping) to the server. */
  mutationFn: (values: V) => Promise<R>;
  /** The message shown once saved; none when omitted. */
  success?: string | ((result: R, values: V) => string);
  /** Queries to refetch once saved (a module's root key refetches all of its lists). */
  invalidate?: readonly QueryKey[];
  onSuccess?: (result: R, values: V) => void;
  onClose?: () => void;
  /** Puts the server's field errors on the form (nested names need their own); true when any was. */
  fieldErrors?: (form: FormInstance<V>, error: unknown) => boolean;
};

/**
 * The save of a form in a dialog (or inline): sends, refreshes the given queries, shows the success
 * message and closes. Errors on known fields are shown on those fields, any other as a message.
 */
export const useFormModal = <V extends object, R = unknown>({
  mutationFn,
  success,
  invalidate = [],
  onSuccess,
  onClose,
  fieldErrors = applyFieldErrors,
}: Options<V, R>) => {
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const [form] = Form.useForm<V>();
  const mutation = useMutation({
    mutationFn,
    onSuccess: () => Promise.all(invalidate.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
  const submit = (values: V) =>
    mutation.mutate(values, {
      onSuccess: (result) => {
        if (success) message.success(typeof success === 'string' ? success : success(result, values));
        onSuccess?.(result, values);
        onClose?.();
      },
      onError: (error) => {
        if (!fieldErrors(form, error)) message.error(errorText(error));
      },
    });
  return { form, pending: mutation.isPending, submit };
};
