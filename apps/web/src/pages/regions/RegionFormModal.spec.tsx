import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RegionFormModal } from './RegionFormModal';
import { PropertyForm } from '../properties/PropertyFormPage';
import { gqlError, renderWithApp } from '../../test/utils';

describe('server field errors on form fields', () => {
  it('puts BAD_USER_INPUT reasons on the matching region fields, in the user language', async () => {
    const { calls } = renderWithApp(<RegionFormModal open onClose={() => undefined} />, {
      routePath: '/regions',
      handler: () =>
        gqlError('BAD_USER_INPUT', 'Invalid input', {
          fields: [
            { path: ['input', 'code'], field: 'code', reason: 'TAKEN', message: 'Code EAST is already used' },
            { path: ['input', 'name'], field: 'name', reason: 'TOO_LONG', message: 'Too long', params: { max: 100 } },
          ],
        }),
    });
    fireEvent.change(screen.getByLabelText('区域名称'), { target: { value: '华东区域' } });
    fireEvent.change(screen.getByLabelText('区域编码'), { target: { value: 'EAST' } });
    fireEvent.click(screen.getByTestId('save-region'));
    expect(await screen.findByText('该值已被使用，请换一个')).toBeTruthy();
    expect(screen.getByText('不能超过 100 个字符')).toBeTruthy();
    expect(calls[0].variables).toEqual({ input: { name: '华东区域', code: 'EAST' } });
  });

  it('validates on the client with the shared rules before sending', async () => {
    const { calls } = renderWithApp(<RegionFormModal open onClose={() => undefined} />, { routePath: '/regions' });
    fireEvent.change(screen.getByLabelText('区域编码'), { target: { value: '-bad code' } });
    fireEvent.click(screen.getByTestId('save-region'));
    expect(await screen.findByText('此项为必填项')).toBeTruthy();
    expect(await screen.findByText('只能包含字母、数字、下划线和连字符，并以字母或数字开头')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('maps nested paths (zones[1].name) onto the list item and falls back to the server message', async () => {
    renderWithApp(<PropertyForm />, {
      routePath: '/properties/new',
      language: 'en-US',
      handler: () =>
        gqlError('BAD_USER_INPUT', 'Invalid input', {
          fields: [
            { path: ['input', 'zones', '1', 'name'], field: 'name', reason: 'TAKEN', message: 'Zone names must be unique' },
            { path: ['input', 'address'], field: 'address', reason: 'SOMETHING_NEW', message: 'Address is odd' },
          ],
        }),
    });
    fireEvent.change(screen.getByLabelText('Property name'), { target: { value: 'Riverside' } });
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Format' }));
    fireEvent.click(await screen.findByTitle('Residential'));
    fireEvent.click(screen.getByTestId('add-zone'));
    fireEvent.click(screen.getByTestId('add-zone'));
    fireEvent.change(screen.getByLabelText('Zone name 1'), { target: { value: 'Lobby' } });
    fireEvent.change(screen.getByLabelText('Zone name 2'), { target: { value: 'Lobby' } });
    fireEvent.click(screen.getByTestId('save-property'));
    const error = await screen.findByText('Already in use; choose another');
    // The message sits in the second zone's form item.
    const item = error.closest('.ant-form-item')!;
    expect(item.querySelector('input')?.getAttribute('aria-label')).toBe('Zone name 2');
    await waitFor(() => expect(screen.getByText('Address is odd')).toBeTruthy());
  });
});
