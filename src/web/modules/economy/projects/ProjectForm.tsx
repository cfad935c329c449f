import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { levelOfCode } from '../../../../contracts/region-code';
import { useCurrentUser } from '../../../app/auth';
import { DateField } from '../../../app/components/DateField';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { type ProjectDetail, type ProjectKind, projectsApi, useRefreshProjects } from './api';
import { toFen, yearOptions } from './shared';

type Values = {
  regionCode: string;
  year: number;
  kind: ProjectKind;
  title: string;
  leaderCadreId?: string;
  leaderName?: string;
  leaderPost?: string;
  commitment: string;
  industry?: string;
  budget?: number;
  dueOn?: string;
};

/**
 * 新建项目, or 编辑 an open one (its region, year and kind stay). A village's project is led by one of its party secretaries from the cadres registry;
 * a county's or township's by a name and post typed here.
 */
export function ProjectForm({
  initial,
  project,
  onClose,
}: {
  initial?: { regionCode?: string; regionName?: string; year?: number };
  /** The project to edit. */
  project?: ProjectDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshProjects();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const regionCode =
    Form.useWatch('regionCode', form) ?? project?.regionCode ?? initial?.regionCode ?? me.scopeCode;
  const year = Form.useWatch('year', form) ?? project?.year ?? initial?.year ?? yearOptions()[1]!;
  const kind = Form.useWatch('kind', form) ?? project?.kind ?? 'led';
  const isVillage = levelOfCode(regionCode) === 'village';
  const candidates = useQuery({
    queryKey: ['econProjects', 'leader-candidates', regionCode, year],
    queryFn: () => projectsApi.leaderCandidates(regionCode, year),
    enabled: isVillage,
  });
  // A led project is led by the party secretary; 办实事 by any cadre of the village.
  const leaders = (candidates.data?.items ?? []).filter((c) => kind !== 'led' || c.isSecretary);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      const byCadre = isVillage;
      const fields = {
        title: v.title.trim(),
        leaderCadreId: byCadre ? v.leaderCadreId : undefined,
        leaderName: byCadre ? undefined : v.leaderName?.trim(),
        leaderPost: byCadre ? undefined : v.leaderPost?.trim() || null,
        commitment: v.commitment.trim(),
        industry: v.industry?.trim() || null,
        budgetFen: toFen(v.budget) ?? null,
        dueOn: v.dueOn || null,
      };
      if (project) {
        await projectsApi.update(project.id, fields);
        message.success(t('econProjects.form.saved'));
        await refresh();
        onClose();
        return;
      }
      const created = await projectsApi.create({
        regionCode: v.regionCode,
        year: v.year,
        kind: v.kind,
        ...fields,
      });
      message.success(t('econProjects.form.created'));
      await refresh();
      onClose();
      navigate(`/economy-projects/${created.id}`);
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const required = { required: true, whitespace: true, message: t('econProjects.form.required') };
  return (
    <Modal
      open
      title={project ? t('econProjects.form.editTitle') : t('econProjects.form.title')}
      okButtonProps={{ 'data-testid': 'project-save' } as never}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          project
            ? {
                regionCode: project.regionCode,
                year: project.year,
                kind: project.kind,
                title: project.title,
                leaderCadreId: project.leaderCadreId ?? undefined,
                leaderName: project.leaderName,
                leaderPost: project.leaderPost ?? undefined,
                commitment: project.commitment,
                industry: project.industry ?? undefined,
                budget: project.budgetFen === null ? undefined : project.budgetFen / 100,
                dueOn: project.dueOn ?? undefined,
              }
            : {
                regionCode: initial?.regionCode ?? me.scopeCode,
                year: initial?.year ?? yearOptions()[1],
                kind: 'led',
              }
        }
      >
        {project ? (
          <Form.Item label={t('econProjects.form.region')}>
            {project.regionName ?? project.regionCode}
          </Form.Item>
        ) : (
          <Form.Item name="regionCode" label={t('econProjects.form.region')} rules={[required]}>
            <RegionPicker
              allowedLevels={['county', 'township', 'village']}
              initialLabel={initial?.regionName}
              data-testid="project-region"
            />
          </Form.Item>
        )}
        <Form.Item name="year" label={t('econProjects.form.year')} rules={[{ required: true }]}>
          <Select
            disabled={!!project}
            options={yearOptions().map((y) => ({ value: y, label: y }))}
            data-testid="project-year"
          />
        </Form.Item>
        <Form.Item name="kind" label={t('econProjects.form.kind')} rules={[{ required: true }]}>
          <Select
            disabled={!!project}
            options={(['led', 'practical'] as const).map((k) => ({
              value: k,
              label: t(`econProjects.kinds.${k}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('econProjects.form.name')} rules={[required]}>
          <Input maxLength={100} data-testid="project-title" />
        </Form.Item>
        {isVillage ? (
          <Form.Item
            name="leaderCadreId"
            label={t('econProjects.form.leaderCadre')}
            rules={[{ required: true, message: t('econProjects.form.leaderCadrePlaceholder') }]}
            extra={
              candidates.isSuccess && leaders.length === 0 ? t('econProjects.form.noSecretary') : undefined
            }
          >
            <Select
              loading={candidates.isPending}
              placeholder={t('econProjects.form.leaderCadrePlaceholder')}
              options={leaders.map((c) => ({ value: c.cadreId, label: `${c.name}（${c.post}）` }))}
              data-testid="project-leader-cadre"
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="leaderName" label={t('econProjects.form.leaderName')} rules={[required]}>
              <Input maxLength={30} data-testid="project-leader-name" />
            </Form.Item>
            <Form.Item name="leaderPost" label={t('econProjects.form.leaderPost')}>
              <Input maxLength={60} placeholder={t('econProjects.form.leaderPostPlaceholder')} />
            </Form.Item>
          </>
        )}
        <Form.Item name="commitment" label={t('econProjects.form.commitment')} rules={[required]}>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder={t('econProjects.form.commitmentPlaceholder')}
            data-testid="project-commitment"
          />
        </Form.Item>
        <Form.Item name="industry" label={t('econProjects.form.industry')}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="budget" label={t('econProjects.form.budget')}>
          <InputNumber<number> min={0} precision={2} inputMode="decimal" style={{ width: '100%' }} />
        </Form.Item>
        <DateField name="dueOn" label={t('econProjects.form.dueOn')} />
      </Form>
    </Modal>
  );
}
