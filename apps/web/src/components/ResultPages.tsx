import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('states.forbiddenTitle')}
      subTitle={t('states.forbidden')}
      extra={
        <Link to="/">
          <Button type="primary">{t('states.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('states.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('states.backHome')}</Button>
        </Link>
      }
    />
  );
}
