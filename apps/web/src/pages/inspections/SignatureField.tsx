// The inspector's drawn signature (signature_pad). The drawing stays on the device until the
// inspection is saved or submitted; then `exportSignature` gives the PNG to upload.
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { Button, Space, Typography, theme } from 'antd';
import { ClearOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { AuthImage } from './EvidencePhotos';

export interface SignatureHandle {
  /** The new drawing as a PNG, or null when nothing new was drawn. */
  exportPng: () => Promise<Blob | null>;
}

export const SignatureField = forwardRef<
  SignatureHandle,
  {
    /** The signature already stored (a resumed draft). */
    storedUrl: string | null;
    onDrawn: (drawn: boolean) => void;
    onClearStored: () => void;
    error?: string | null;
  }
>(function SignatureField({ storedUrl, onDrawn, onClearStored, error }, ref) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [drawn, setDrawn] = useState(false);
  const [redo, setRedo] = useState(!storedUrl);

  useEffect(() => {
    const el = canvas.current;
    if (!el || !redo) return;
    let instance: SignaturePad;
    try {
      instance = new SignaturePad(el, { penColor: '#1f1f1f', minWidth: 1, maxWidth: 2.8 });
    } catch {
      return; // no canvas (tests)
    }
    pad.current = instance;
    const resize = () => {
      const data = instance.toData();
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      el.width = el.offsetWidth * ratio;
      el.height = el.offsetHeight * ratio;
      el.getContext('2d')?.scale(ratio, ratio);
      instance.clear();
      if (data.length) instance.fromData(data);
    };
    resize();
    const onEnd = () => {
      setDrawn(true);
      onDrawn(true);
    };
    instance.addEventListener('endStroke', onEnd);
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.removeEventListener('endStroke', onEnd);
      instance.off();
      pad.current = null;
    };
  }, [redo, onDrawn]);

  useImperativeHandle(ref, () => ({
    exportPng: () =>
      new Promise((resolve) => {
        const el = canvas.current;
        if (!el || !pad.current || pad.current.isEmpty()) return resolve(null);
        el.toBlob((blob) => resolve(blob), 'image/png');
      }),
  }));

  const clear = () => {
    pad.current?.clear();
    setDrawn(false);
    onDrawn(false);
  };

  return (
    <div data-testid="signature-field">
      {!redo && storedUrl ? (
        <Space orientation="vertical">
          <AuthImage
            url={storedUrl}
            size={280}
            height={140}
            fit="contain"
            alt={t('inspections.form.signature')}
            testId="signature-stored"
          />
          <Button
            icon={<EditOutlined />}
            onClick={() => {
              onClearStored();
              setRedo(true);
            }}
            data-testid="signature-redo"
          >
            {t('inspections.form.signAgain')}
          </Button>
        </Space>
      ) : (
        <>
          <canvas
            ref={canvas}
            data-testid="signature-pad"
            aria-label={t('inspections.form.signHere')}
            style={{
              width: '100%',
              height: 180,
              touchAction: 'none',
              display: 'block',
              background: token.colorBgContainer,
              border: `1px ${error ? 'solid' : 'dashed'} ${error ? token.colorError : token.colorBorder}`,
              borderRadius: token.borderRadius,
            }}
          />
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 8 }}>
            <Typography.Text type={drawn ? 'success' : 'secondary'} data-testid="signature-status">
              {drawn ? t('inspections.form.signed') : t('inspections.form.signHere')}
            </Typography.Text>
            <Button icon={<ClearOutlined />} onClick={clear} disabled={!drawn} data-testid="signature-clear">
              {t('inspections.form.clearSignature')}
            </Button>
          </div>
        </>
      )}
      {error ? (
        <Typography.Text type="danger" role="alert" data-testid="signature-error">
          {error}
        </Typography.Text>
      ) : null}
    </div>
  );
});
