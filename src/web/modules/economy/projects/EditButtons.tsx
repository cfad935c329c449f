import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorText } from '../../../app/errors';
import { type ProjectDetail, projectsApi, useRefreshProjects } from './api';
import { ProjectForm } from './ProjectForm';

/** 编辑 while the project is open; 删除草稿 (with a confirmation) only before its public commitment. */
export function EditButtons({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshProjects();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const remove = async () => {
    try {
      await projectsApi.remove(project.id);
      message.success(t('econProjects.form.deleted'));
      await refresh();
      navigate('/economy-projects', { replace: true });
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <>
      {project.may.edit && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="project-edit">
          {t('econProjects.form.edit')}
        </Button>
      )}
      {project.may.delete && (
        <Popconfirm
          title={t('econProjects.form.deleteTitle')}
          description={t('econProjects.form.deleteText')}
          okText={t('econProjects.form.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('econProjects.actions.cancel')}
          onConfirm={remove}
        >
          <Button danger icon={<DeleteOutlined />} data-testid="project-delete">
            {t('econProjects.form.delete')}
          </Button>
        </Popconfirm>
      )}
      {editing && <ProjectForm project={project} onClose={() => setEditing(false)} />}
    </>
  );
}
